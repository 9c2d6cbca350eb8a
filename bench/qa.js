// QA benchmark: read+align, then all checks over the whole shared corpus, timed separately.
import { runChecks } from '../dist/check/run.js';
import { readAndAlign } from '../dist/pipeline.js';
import { corpusDir, peakRssMb, report } from './util.js';

const t0 = performance.now();
const corpus = readAndAlign(corpusDir());
const t1 = performance.now();
const qa = runChecks(corpus);
const t2 = performance.now();
const f = qa.summary.findings;
report('qa (whole shared corpus)', [
  ['read+align', `${(t1 - t0).toFixed(0)} ms`],
  ['runChecks', `${(t2 - t1).toFixed(0)} ms, ${qa.findings.length} findings (${f.error} error, ${f.warning} warning, ${f.info} info)`],
  ['peak RSS', `${peakRssMb()} MB`],
]);
