// CLI benchmark: what a user waits for, start to exit, for the commands that do not build a site.
// Each is the best of 3 runs of `node bin/tolk.js …` (output discarded), so it includes Node's own
// start-up and the loading of tolk's modules, which `read-align.js` leaves out.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { corpusDir, report } from './util.js';

const bin = fileURLToPath(new URL('../bin/tolk.js', import.meta.url));
const corpus = corpusDir();
const commands = [
  ['tolk --help', ['--help']],
  ['tolk align (corpus)', ['align', '--content', corpus]],
  ['tolk align --json (corpus)', ['align', '--content', corpus, '--json']],
  ['tolk qa --format json (corpus)', ['qa', '--content', corpus, '--format', 'json', '--fail-on', 'never']],
];
const rows = commands.map(([label, args]) => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(performance.now() - start);
    if (r.status !== 0) return [label, `failed (exit ${r.status})`];
  }
  return [label, `${Math.min(...times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`];
});
report('cli (start to exit)', rows);
