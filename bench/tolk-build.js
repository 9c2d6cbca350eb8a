// One `tolk build` of the shared corpus in this process; prints one JSON line with its figures.
// Usage: node bench/tolk-build.js OUT_DIR [extra tolk build flags]
import { main } from '../dist/cli/main.js';
import { corpusDir } from './util.js';

const [out, ...flags] = process.argv.slice(2);
const start = performance.now();
const code = await main(['build', '--content', corpusDir(), '--out', out, ...flags]);
const ms = performance.now() - start;
console.log(JSON.stringify({ code, ms, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
