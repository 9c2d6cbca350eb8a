// Baseline for the site benchmark: a plain Eleventy 3 build of the same markdown files with
// Eleventy's default markdown pipeline (no alignment, no layouts). Prints one JSON line.
import Eleventy from '@11ty/eleventy';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corpusDir, markdownFiles } from './util.js';

const input = corpusDir();
const scratch = process.env.TOLK_BENCH_TMP ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const output = mkdtempSync(join(scratch, 'tolk-bench-plain-'));
// Eleventy stops the whole build on front matter it cannot parse (the span-wrapped blocks
// tolk salvages), so the baseline leaves those files out and says so.
const unreadable = markdownFiles(input).filter((f) => /^---\r?\n[^]*?data-ttu-id[^]*?\n---/.test(readFileSync(f, 'utf8').slice(0, 4000)));
const start = performance.now();
const elev = new Eleventy(input, output, {
  quietMode: true,
  config(eleventyConfig) {
    eleventyConfig.setTemplateFormats(['md']);
    // The corpus folder is not a project: no .gitignore/.eleventyignore to honour.
    eleventyConfig.ignores.add('**/media/**');
    for (const f of unreadable) eleventyConfig.ignores.add(relative(process.cwd(), f));
  },
});
let pages = 0;
try {
  const results = await elev.write();
  pages = (results?.[1] ?? results ?? []).length ?? 0;
} catch (error) {
  console.error(`plain eleventy build failed: ${error.message}`);
  process.exitCode = 1;
}
const ms = performance.now() - start;
rmSync(output, { recursive: true, force: true });
console.log(JSON.stringify({ ms, pages, skipped: unreadable.length, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
