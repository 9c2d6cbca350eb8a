// Benchmark: read, parse and align the whole shared corpus. Prints MB/s and peak RSS.
// Run through `npm run bench` (compiles first). Goal on a 2-core machine: >= 60 MB/s, < 300 MB.
import { readAndAlign } from '../dist/pipeline.js';
import { alignToJson } from '../dist/write/align-json.js';
import { corpusDir, peakRssMb, report } from './util.js';

const dir = corpusDir();
const runs = [];
let result;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  result = readAndAlign(dir);
  runs.push(performance.now() - start);
}
const best = Math.min(...runs);
const totals = alignToJson(result).totals;
const mb = result.bytes / 1048576;
report('read+align', [
  ['corpus', `${dir} (${totals.documents} documents, ${mb.toFixed(1)} MB)`],
  ['units aligned', String(totals.units)],
  ['time (best of 3)', `${best.toFixed(0)} ms  (runs: ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`],
  ['throughput', `${(mb / (best / 1000)).toFixed(1)} MB/s  (goal >= 60)`],
  ['peak RSS', `${peakRssMb()} MB  (goal < 300)`],
]);
