// Site benchmark: `tolk build --no-search` of the whole shared corpus (both locales + English)
// beside a plain Eleventy build of the same markdown files, each in its own process so wall
// time and peak RSS are its own; then Pagefind indexing of the built site on its own line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report } from './util.js';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));

function child(script, args = []) {
  const r = spawnSync(process.execPath, [here(script), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
    throw new Error(`${script} printed no result`);
  }
}

function countPages(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === 'index.html') n++;
  return n;
}

// Both builds write to the same place; /dev/shm (RAM) when present keeps disk noise out of the ratio.
const scratch = process.env.TOLK_BENCH_TMP ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const out = mkdtempSync(join(scratch, 'tolk-bench-site-'));
const site = join(out, 'site');
try {
  const plain = child('plain-eleventy.js');
  const tolk = child('tolk-build.js', [site, '--no-search', '--no-qa']);
  if (tolk.code !== 0) throw new Error(`tolk build exited ${tolk.code}`);
  // The same build with the QA report (the default): what QA adds to the build time.
  const withQa = child('tolk-build.js', [join(out, 'site-qa'), '--no-search']);
  const pages = countPages(site);
  const pf = child('pagefind-index.js', [site]);
  report('site build (whole shared corpus)', [
    ['plain Eleventy (default md)', `${(plain.ms / 1000).toFixed(2)} s, ${plain.pages} pages, ${(plain.pages / (plain.ms / 1000)).toFixed(0)} pages/s, peak RSS ${plain.rssMb} MB` +
      (plain.skipped ? ` (${plain.skipped} files with span-wrapped front matter left out: Eleventy cannot read them)` : '')],
    ['tolk build --no-search --no-qa', `${(tolk.ms / 1000).toFixed(2)} s, ${pages} advisory pages, ${(pages / (tolk.ms / 1000)).toFixed(0)} pages/s, peak RSS ${tolk.rssMb} MB (goal < 1024)`],
    ['ratio tolk / plain', `${(tolk.ms / plain.ms).toFixed(2)} (goal <= 1.0)`],
    ['tolk build --no-search (with QA)', `${(withQa.ms / 1000).toFixed(2)} s, peak RSS ${withQa.rssMb} MB`],
    ['QA adds', `${(((withQa.ms - tolk.ms) / tolk.ms) * 100).toFixed(0)}% to the build (goal <= 25%)`],
  ]);
  console.log(`  Pagefind indexing: ${(pf.ms / 1000).toFixed(2)} s for ${pf.pages} pages (indexes: ${pf.languages})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
