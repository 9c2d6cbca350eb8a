/**
 * The QA report's "open" link of a finding about a sentence the locale lacks: the locale's page
 * has no anchor for it, so the link opens the English page at the sentence and says so. Built
 * from a copy of content/ with one real nb-NO sentence cut out (set-up-insider-risk-management
 * 78b2b-108), so a real missing-segment error exists.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';
import { brokenLinks, renderedFindingLinks } from './qa-links.js';
import { at, serveBuiltSite, type ServedSite } from './site-fixture.js';

const SLUG = 'set-up-insider-risk-management';
const CUT = '78b2b-108';

/** content/ with the span pair of nb-NO 78b2b-108 ("Using 'Data Leaks' Template…") removed. */
function damagedContent(dir: string): string {
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const file = join(content, 'nb-NO', `${SLUG}.md`);
  const text = readFileSync(file, 'utf8');
  const pair = new RegExp(`<span data-ttu-id="${CUT}">.*?</span><span class="sxs-lookup"><span data-stu-id="${CUT}">.*?</span></span>`).exec(text);
  if (!pair) throw new Error(`${CUT} not in ${file}`);
  writeFileSync(file, text.replace(pair[0], ''));
  return content;
}

describe.runIf(hasChromium)('QA report links for a sentence nb-NO lacks', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite('/', { content: damagedContent(tempDir('tolk-qa-links-')), args: ['--no-search'] }); });
  afterAll(async () => { await site?.close(); });

  it('opens the sentence in the English page, highlighted, and the link says the locale lacks it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 600 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(at(site, 'qa/?check=missing-segment'));
    await page.locator('#qa-count:not(:empty)').waitFor();
    const link = page.locator('#qa-list a.qa-open');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe('Open the sentence in the English page (nb-NO lacks it)');
    expect(await link.getAttribute('href')).toBe(`/en-us/${SLUG}/#seg-108`);
    await link.click();
    await page.waitForURL(new RegExp(`/en-us/${SLUG}/#seg-108$`));
    const target = page.locator('#seg-108');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.innerText()).toContain('Data Leaks');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no finding link to a page or sentence that does not exist', async () => {
    const context = await site.browser.newContext();
    const links = await renderedFindingLinks(await context.newPage(), site.url);
    expect(links).toContain(`/en-us/${SLUG}/#seg-108`);
    expect(brokenLinks(site.dir, links)).toEqual([]);
    await context.close();
  });
});
