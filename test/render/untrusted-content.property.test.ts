/**
 * Content is untrusted: no HTML from an advisory can run script in the site. Generated hostile
 * advisories (test/helpers/hostile-advisory.ts: payloads in segments, the text between them,
 * headings, lists, tables, callouts, code, raw HTML blocks and front matter, with script URLs
 * obfuscated as browsers still read them) are planned and rendered in-process the way `tolk build`
 * does (planSiteOf, every planned page, the QA report page from produceQa), and every page is
 * judged as a browser parses it (test/helpers/inert-html.ts). The example tests of the same rule
 * are render-security, site-security and browser/site-security.
 */
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSiteOf } from '../../src/write/site-plan.js';
import { produceQa, qaPages } from '../../src/write/site-qa.js';
import { hostileAdvisory, writeHostileAdvisory } from '../helpers/hostile-advisory.js';
import { scriptableParts } from '../helpers/inert-html.js';
import { tempDir } from '../helpers/temp-dir.js';

const ORIGIN = 'https://site.example';
/** Runs per property; more to hunt (`TOLK_PROPERTY_RUNS=2000`, with a longer test timeout). */
const RUNS = Number(process.env.TOLK_PROPERTY_RUNS ?? 150);

const asText = (page: string | Uint8Array) => (typeof page === 'string' ? page : Buffer.from(page).toString('utf8'));

/** Every page the build would write for this content (with --site-url, so the sitemap too), QA report included, as file → text. */
async function builtPages(content: string): Promise<Map<string, string>> {
  const planned = planSiteOf({ content, qaReport: true, search: true, siteUrl: ORIGIN }, () => {});
  const pages = new Map<string, string>();
  for (const page of planned.plan.pages) pages.set(page.file, asText(await page.render()));
  const qa = produceQa(planned.corpus, { content, urls: planned.ctx.urls, configDir: content });
  for (const page of qaPages(planned.ctx, async () => qa)) pages.set(page.file, asText(await page.render()));
  return pages;
}

/** The problems of every page, each prefixed with its file. */
function problemsOf(pages: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of pages) {
    if (file.endsWith('.json')) {
      try { JSON.parse(text); } catch (error) { problems.push(`${file}: ${(error as Error).message}`); }
      continue;
    }
    if (file.endsWith('.xml')) {
      // The sitemap names every page by its slug: it must stay well-formed XML.
      const parser = new SaxesParser({ xmlns: true });
      parser.on('error', (error) => { problems.push(`${file}: ${error.message}`); });
      parser.write(text).close();
      continue;
    }
    if (!file.endsWith('.html')) continue;
    const url = `${ORIGIN}/${file.replace(/index\.html$/, '')}`;
    const article = /^(lv-lv|nb-no|en-us)\/(?!search\/|index\.html|404\.html)/.test(file);
    problems.push(...scriptableParts(text, url, article).map((p) => `${file}: ${p}`));
  }
  return problems;
}

describe('content is untrusted (property): no HTML from an advisory can run script in the site', () => {
  const root = tempDir('tolk-untrusted-content-');
  let run = 0;

  it('every page built from hostile advisories (segments, body, front matter, file names) is inert', async () => {
    let pagesJudged = 0;
    await fc.assert(fc.asyncProperty(hostileAdvisory, hostileAdvisory, fc.boolean(), async (lv, nb, names) => {
      const dir = join(root, String(run++));
      try {
        const pages = await builtPages(writeHostileAdvisory(dir, lv, nb, names));
        // The advisory pages exist (lv, nb, en): an empty plan would judge nothing.
        expect([...pages.keys()].filter((f) => f.endsWith('/hostile/index.html'))).toHaveLength(3);
        expect(pages.has('qa/index.html')).toBe(true);
        expect(pages.has('sitemap.xml')).toBe(true);
        pagesJudged += pages.size;
        expect(problemsOf(pages)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }), { numRuns: RUNS });
    expect(pagesJudged).toBeGreaterThan(RUNS * 10);
  }, Math.max(120_000, RUNS * 200));

  it('the judge sees what would run: each of these pages is refused', () => {
    const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body><main><article>${body}</article></main></body></html>`;
    const runs = [
      '<a href="java&#9;script:alert(1)">x</a>', '<a href=" JaVaScRiPt:alert(1)">x</a>', '<img src="data:image/svg+xml,x" alt="">',
      '<img src="x" onerror="alert(1)">', '<script>alert(1)</script>', '<script src="//evil.example/x.js"></script>',
      '<script type="application/json">{"a":"</script><script>alert(1)</script>"}</script>', '<iframe srcdoc="x"></iframe>',
      '<svg><a xlink:href="javascript:alert(1)"></a></svg>', '<form action="https://x.example"><button>x</button></form>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<a href="https://ok.example" target="_blank">x</a>',
      '<span style="background:url(javascript:alert(1))">x</span>', '<object data="x"></object>', '<details>x</details>',
    ];
    for (const body of runs) expect(scriptableParts(page(body), `${ORIGIN}/lv-lv/x/`, true), body).not.toEqual([]);
    expect(scriptableParts(page('<p><a href="https://ok.example">x</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt=""></p>'), `${ORIGIN}/lv-lv/x/`, true)).toEqual([]);
  });
});
