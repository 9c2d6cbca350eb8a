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
// This VM's speed drifts by 10-20% from minute to minute, so the two builds take turns and the
// best of each is compared (TOLK_BENCH_ROUNDS, default 3): both sides get the same chances.
const rounds = Math.max(1, Number(process.env.TOLK_BENCH_ROUNDS ?? 3));
const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const list = (runs) => runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ');
try {
  const plainRuns = [];
  const tolkRuns = [];
  for (let i = 0; i < rounds; i++) {
    plainRuns.push(child('plain-eleventy.js'));
    rmSync(site, { recursive: true, force: true });
    const run = child('tolk-build.js', [site, '--no-search', '--no-qa']);
    if (run.code !== 0) throw new Error(`tolk build exited ${run.code}`);
    tolkRuns.push(run);
  }
  const plain = best(plainRuns);
  const tolk = best(tolkRuns);
  // The same build with the QA report: what QA adds to the build time, without search and in the
  // default build (search and QA), where the checks also overlap the Pagefind indexing.
  const withQa = best(Array.from({ length: rounds }, (_, i) => child('tolk-build.js', [join(out, `site-qa-${i}`), '--no-search'])));
  const fullNoQaRuns = [];
  const fullRuns = [];
  for (let i = 0; i < rounds; i++) {
    fullNoQaRuns.push(child('tolk-build.js', [join(out, `full-no-qa-${i}`), '--no-qa']));
    fullRuns.push(child('tolk-build.js', [join(out, `full-${i}`)]));
  }
  const fullNoQa = best(fullNoQaRuns);
  const full = best(fullRuns);
  const pages = countPages(site);
  const pf = child('pagefind-index.js', [site]);
  report(`site build (whole shared corpus; best of ${rounds} alternating runs)`, [
    ['plain Eleventy (default md)', `${(plain.ms / 1000).toFixed(2)} s, ${plain.pages} pages, ${(plain.pages / (plain.ms / 1000)).toFixed(0)} pages/s, peak RSS ${plain.rssMb} MB` +
      (plain.skipped ? ` (${plain.skipped} files with span-wrapped front matter left out: Eleventy cannot read them)` : '') + `; runs: ${list(plainRuns)} s`],
    ['tolk build --no-search --no-qa', `${(tolk.ms / 1000).toFixed(2)} s, ${pages} advisory pages, ${(pages / (tolk.ms / 1000)).toFixed(0)} pages/s, peak RSS ${Math.max(...tolkRuns.map((r) => r.rssMb))} MB (goal < 1024); runs: ${list(tolkRuns)} s`],
    ['ratio tolk / plain', `${(tolk.ms / plain.ms).toFixed(2)} best to best (goal <= 1.0); run by run: ${tolkRuns.map((r, i) => (r.ms / plainRuns[i].ms).toFixed(2)).join(', ')}`],
    ['tolk build --no-search (with QA)', `${(withQa.ms / 1000).toFixed(2)} s, peak RSS ${withQa.rssMb} MB`],
    ['QA adds (no search)', `${(((withQa.ms - tolk.ms) / tolk.ms) * 100).toFixed(0)}% to tolk build --no-search`],
    ['default tolk build', `${(full.ms / 1000).toFixed(2)} s with QA and search (peak RSS ${full.rssMb} MB; runs: ${list(fullRuns)} s); ${(fullNoQa.ms / 1000).toFixed(2)} s with --no-qa (runs: ${list(fullNoQaRuns)} s)`],
    ['QA adds (default build)', `${(((full.ms - fullNoQa.ms) / fullNoQa.ms) * 100).toFixed(0)}% to tolk build (goal <= 25%)`],
  ]);
  console.log(`  Pagefind indexing: ${(pf.ms / 1000).toFixed(2)} s for ${pf.pages} pages (indexes: ${pf.languages})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
