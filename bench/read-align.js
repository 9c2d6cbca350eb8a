// Benchmark: read, parse and align the whole shared corpus. Prints MB/s and peak RSS.
// Run through `npm run bench` (compiles first). Goal on a 2-core machine: >= 60 MB/s, < 300 MB.
import { readAndAlign } from '../dist/pipeline.js';
import { alignToJson } from '../dist/write/align-json.js';
import { corpusDir, peakRssMb, report } from './util.js';

const dir = corpusDir();
const timed = () => {
  const start = performance.now();
  const result = readAndAlign(dir);
  return { ms: performance.now() - start, result };
};

// The first (cold) run alone sets the peak memory figure: what one `tolk align` needs.
const first = timed();
const peakOneRun = peakRssMb();
const totals = alignToJson(first.result).totals;
const mb = first.result.bytes / 1048576;
first.result = null;
const runs = [first.ms];
// Best of 8: this VM's speed drifts by 10-20% from second to second.
for (let i = 0; i < 8; i++) {
  globalThis.gc?.();
  runs.push(timed().ms);
}
const best = Math.min(...runs.slice(1));
report('read+align', [
  ['corpus', `${dir} (${totals.documents} documents, ${mb.toFixed(1)} MB)`],
  ['units aligned', String(totals.units)],
  ['time', `cold ${runs[0].toFixed(0)} ms; warm best ${best.toFixed(0)} ms (runs: ${runs.slice(1).map((r) => r.toFixed(0)).join(', ')})`],
  ['throughput', `cold ${(mb / (runs[0] / 1000)).toFixed(1)} MB/s; warm ${(mb / (best / 1000)).toFixed(1)} MB/s  (goal >= 60)`],
  ['peak RSS', `${peakOneRun} MB for one read+align  (goal < 300)`],
]);
