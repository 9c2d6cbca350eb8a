/**
 * `tolk build` (and `tolk serve`, which prints the same lines) said "rendered and wrote 56 pages
 * with Eleventy" and then "built 57 pages (advisories: …)": the QA report's page is written after
 * Eleventy's run, and a reader took the two numbers for a contradiction. The summary now says what
 * the pages are, in parts that add up: the advisories, the homes, search and 404 pages (Eleventy's
 * line is these two), and the QA report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The page counts a build prints: Eleventy's stage line and the summary's total and parts. */
function counts(stdout: string, stderr: string) {
  const eleventy = Number(/^rendered and wrote (\d+) pages with Eleventy/m.exec(stderr)?.[1]);
  const summary = /^built (\d+) pages \(advisories: ([^;)]+)(?:; (\d+) [a-z0-9, ]+ pages)?(; the QA report)?\)/m.exec(stdout);
  expect(summary, stdout).not.toBeNull();
  const advisories = summary![2].split(', ').reduce((sum, part) => sum + Number(part.split(' ')[1]), 0);
  return { eleventy, total: Number(summary![1]), advisories, others: Number(summary![3] ?? 0), report: Boolean(summary![4]) };
}

describe('the page count of tolk build', () => {
  it('adds up: Eleventy writes the advisories and the other pages, the QA report comes after', () => {
    const dir = contentCopy(tempDir('tolk-summary-'), ['Excel-crashing', 'access-reviews']);
    const r = tolk(['build', '--out', join(dir, 'site'), '--no-search'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^built 15 pages \(advisories: lv-LV 2, nb-NO 2, en-US 2; 8 home and 404 pages; the QA report\) in /m);
    const c = counts(r.stdout, r.stderr);
    expect(c.eleventy).toBe(c.advisories + c.others);
    expect(c.total).toBe(c.eleventy + 1);
    expect(c.report).toBe(true);
  });

  it('names the search pages when there are some, and no report without one', () => {
    const dir = contentCopy(tempDir('tolk-summary-'), ['Excel-crashing'], ['lv-LV']);
    const r = tolk(['build', '--out', join(dir, 'site'), '--no-qa'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^built 10 pages \(advisories: lv-LV 1, en-US 1; 8 home, search and 404 pages\) in /m);
    const c = counts(r.stdout, r.stderr);
    expect(c.total).toBe(c.eleventy);
  });
});
