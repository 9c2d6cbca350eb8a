/** Library entry: `import { readDocument, writeDocument } from 'tolk'`. */
export { readDocument, writeDocument } from './read/read-document.js';
export type { ReadOptions } from './read/read-document.js';
export { tokenize } from './read/tokenize.js';
export { loadCorpus } from './read/load-corpus.js';
export { alignCorpus, alignDocument } from './align/align.js';
export { readAndAlign } from './pipeline.js';
export { alignToJson } from './write/align-json.js';
export type * from './model.js';
