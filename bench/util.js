// Shared helpers for the benchmarks: where the corpus is, peak memory, aligned output.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function corpusDir() {
  const dir = process.env.TOLK_BENCH_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/alchemy-insights', import.meta.url));
  if (!existsSync(dir)) {
    console.error(`bench: corpus not found at ${dir} (set TOLK_BENCH_CORPUS)`);
    process.exit(2);
  }
  return dir;
}

/** Peak resident set size of this process in MB (getrusage maxrss is in KB on Linux). */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export function report(title, rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n== ${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

/** Every markdown file under dir (media folders skipped). */
export function markdownFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'media') markdownFiles(full, out);
    else if (e.name.endsWith('.md')) out.push(full);
  }
  return out;
}
