/**
 * readDocument / writeDocument: the lossless reader. `writeDocument(readDocument(text))`
 * returns `text` unchanged for every input, because the parts are slices of the input.
 */
import type { Diagnostic, FrontMatter, Part, Segment, SourceDocument } from '../model.js';
import { readFrontMatter } from './front-matter.js';
import { partsOf, tokenize } from './tokenize.js';

export interface ReadOptions {
  /** Path used in diagnostics; defaults to `<input>`. */
  path?: string;
  /**
   * Whether the text has NUL characters, when the caller already knows (from the file's bytes,
   * where the search is much cheaper than in a decoded string); searched for when absent.
   */
  hasNul?: boolean;
}

function detectLineEnding(text: string): SourceDocument['lineEnding'] {
  const lf = text.indexOf('\n');
  if (lf === -1) return 'none';
  if (text.indexOf('\r') === -1) return '\n';
  const crlf = text.indexOf('\r\n');
  if (crlf === -1) return '\n';
  // Mixed when a bare LF exists besides CRLFs.
  const bare = /(^|[^\r])\n/.test(text);
  return bare ? 'mixed' : '\r\n';
}

export function readDocument(text: string, options: ReadOptions = {}): SourceDocument {
  const path = options.path ?? '<input>';
  const diagnostics: Diagnostic[] = [];
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const offset = hasBom ? 1 : 0;
  if (text.length === offset) {
    diagnostics.push({ severity: 'warning', code: 'empty-file', file: path, line: 1, column: 1,
      message: 'file is empty; it is kept as a document without content' });
  } else if (options.hasNul ?? text.includes('\u0000')) {
    diagnostics.push({ severity: 'error', code: 'binary-content', file: path, line: 1, column: 1,
      message: 'file contains NUL bytes and looks binary, not markdown; read as text anyway' });
  }
  const frontMatter = readFrontMatter(text, path, offset, diagnostics);
  const tokens = tokenize(text, path, frontMatter.bodyStart);
  for (const d of tokens.diagnostics) diagnostics.push(d);
  if (diagnostics.length > 1) diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return new ReadDocument(path, text, hasBom, detectLineEnding(text), frontMatter, tokens.segments, capDiagnostics(diagnostics));
}

/**
 * A document as read. Its parts are derived from the segments when first asked for: reading a
 * corpus to align or check it never needs them (on the shared corpus, 113,000 objects and
 * 8 MB of heap not made).
 */
class ReadDocument implements SourceDocument {
  private cachedParts: Part[] | null = null;
  constructor(
    readonly path: string, readonly text: string, readonly hasBom: boolean,
    readonly lineEnding: SourceDocument['lineEnding'], readonly frontMatter: FrontMatter,
    readonly segments: Segment[], readonly diagnostics: Diagnostic[],
  ) {}

  get parts(): Part[] {
    return (this.cachedParts ??= partsOf(this.text, this.segments));
  }
}

/** Most of a damaged file says the same thing: keep the first few of each kind and a count. */
const PER_CODE_LIMIT = 20;

/**
 * Keeps the first PER_CODE_LIMIT + 1 diagnostics of each code. The last one kept is a real
 * diagnostic of its line, and says that more of its kind follow and up to which line: a separate
 * "N more" line placed at some line read as a problem of that line (`tolk segments`, the QA report).
 */
function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= PER_CODE_LIMIT + 1) return diagnostics;
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > PER_CODE_LIMIT + 1)) return diagnostics;
  const lastLine = new Map<string, number>();
  for (const d of diagnostics) lastLine.set(d.code, d.line);
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    const all = counts.get(d.code)!;
    if (n <= PER_CODE_LIMIT || all === PER_CODE_LIMIT + 1) kept.push(d);
    else if (n === PER_CODE_LIMIT + 1) {
      const more = all - n;
      kept.push({ ...d, message: `${d.message} (${more} more "${d.code}" ${more === 1 ? 'diagnostic' : 'diagnostics'} ` +
        `after this one, up to line ${lastLine.get(d.code)}, not listed: ${all} in this file)` });
    }
  }
  return kept;
}

/** Writes a document back: the concatenation of its parts. */
export function writeDocument(doc: Pick<SourceDocument, 'parts'>): string {
  let out = '';
  for (const part of doc.parts) out += part.text;
  return out;
}
