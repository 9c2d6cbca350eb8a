/**
 * `tolk serve`: builds like `tolk build`, serves the site like plain static hosting (plus a
 * live-reload script), rebuilds when the content changes, keeps serving when a rebuild fails, and
 * ends on Ctrl-C with exit 130 and no staging folder. Runs on a three-advisory copy of content/;
 * the browser test (live reload in Chromium) is skipped without /usr/bin/chromium.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy, openUrl, startServe, stopServes, waitFor } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { ask, websocketHandshake } from '../helpers/preview.js';

const DOCS = ['Excel-crashing', 'access-reviews', 'declined-credit-card'];
const LOCALES = ['lv-LV', 'nb-NO'];

const tmp = tempDir('tolk-serve-');

/** A fresh folder holding `content/` with the three advisories in both languages. */
const project = (name: string) => contentCopy(join(tmp, name), DOCS, LOCALES);

afterEach(stopServes);
const serve = (cwd: string, args: string[]) => startServe(cwd, args);

/** A GET without `sec-fetch-mode`, like a browser's navigation (fetch() would say `cors`). */
function fetchPage(url: string) {
  const { port, pathname, search } = new URL(url);
  return ask(Number(port), pathname + search);
}

/**
 * Opens the live-reload WebSocket as the page's script does and collects what the server sends
 * (its frames are not masked, so the JSON messages can be read from the raw bytes).
 */
function reloadChannel(url: string): Promise<{ received: () => string; close: () => void }> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: websocketHandshake() });
    req.on('upgrade', (_res, socket, head) => {
      let received = head.toString('utf8');
      socket.on('data', (chunk: Buffer) => { received += chunk.toString('utf8'); });
      done({ received: () => received, close: () => socket.destroy() });
    });
    req.on('error', fail);
    req.end();
  });
}

/** Replaces the text of the segment `id` (the translation, not the English original) in a file. */
function editSegment(file: string, id: string, text: string): void {
  const source = readFileSync(file, 'utf8');
  const edited = source.replace(new RegExp(`(<span data-ttu-id="${id}">)[^<]*`), `$1${text}`);
  expect(edited).not.toBe(source);
  writeFileSync(file, edited);
}

const stagingFolders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('._site.tolk-'));

describe('tolk serve', () => {
  it('serves the built site like static hosting, rebuilds on a change, keeps serving through broken content', async () => {
    const dir = project('main');
    const s = serve(dir, ['--port', '0', '--no-search']);
    const url = await openUrl(s);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.stdout()).toMatch(/^built \d+ pages \(advisories: lv-LV 3, nb-NO 3, en-US 3; 8 home and 404 pages; the QA report\)/m);
    // The QA settings beside the content rebuild it too, and the line says so.
    expect(s.stdout()).toMatch(/^open http:\/\/127\.0\.0\.1:\d+\/ \(serving .*; rebuilt when content\/, tolk\.config\.json or package\.json here changes, /m);

    const page = `${url}lv-lv/Excel-crashing/`;
    const first = await fetchPage(page);
    expect(first.status).toBe(200);
    expect(first.body).toContain('Vai programma Excel bieži avarē?');
    expect(first.body).toContain('src="/.11ty/reload-client.js"');
    expect((await fetchPage(`${url}lv-lv/Excel-crashing`)).location).toBe('/lv-lv/Excel-crashing/');
    // The slash is added as static hosts add it: the query (QA filters, a search) is kept.
    expect((await fetchPage(`${url}qa?locale=nb-NO&check=source-drift`)).location).toBe('/qa/?locale=nb-NO&check=source-drift');
    const missing = await fetchPage(`${url}lv-lv/no-such-advisory/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('data-page="not-found"');

    // A translator edits a Latvian segment: the page changes and open pages are told to reload.
    const channel = await reloadChannel(url);
    editSegment(join(dir, 'content', 'lv-LV', 'Excel-crashing.md'), '7abcb-102', 'Vai Excel avarē atkal?');
    await waitFor('the edited segment on the served page', async () => (await fetchPage(page)).body.includes('Vai Excel avarē atkal?'));
    await waitFor('a reload message on the WebSocket', () => channel.received().includes('"type":"eleventy.reload"'));
    channel.close();
    await waitFor('the rebuild line', () => /^rebuilt in \d+\.\d s.*\(content\/lv-LV\/Excel-crashing\.md changed\)$/m.test(s.stdout()));

    // Broken front matter: a diagnostic with file and line, and the site is still served.
    const nb = join(dir, 'content', 'nb-NO', 'Excel-crashing.md');
    writeFileSync(nb, readFileSync(nb, 'utf8').replace(/^---\n/, '---\ntitle: [unclosed\n'));
    await waitFor('the front-matter diagnostic', () => /^content\/nb-NO\/Excel-crashing\.md:\d+:1: error \[front-matter-invalid\]/m.test(s.stderr()));
    expect((await fetchPage(`${url}nb-no/Excel-crashing/`)).status).toBe(200);

    // A content folder with no advisories cannot be built: the previous site stays up.
    const away = join(dir, 'away');
    mkdirSync(away);
    for (const locale of LOCALES) renameSync(join(dir, 'content', locale), join(away, locale));
    await waitFor('the failed rebuild', () => /rebuild failed: .*still serving the previous site/.test(s.stderr()));
    expect((await fetchPage(page)).body).toContain('Vai Excel avarē atkal?');
    // …and when the advisories come back, so does the rebuilt site (the folders are watched again).
    const rebuilds = s.stdout().split('\nrebuilt in ').length;
    for (const locale of LOCALES) renameSync(join(away, locale), join(dir, 'content', locale));
    await waitFor('a rebuild after the folders came back', () => s.stdout().split('\nrebuilt in ').length > rebuilds);
    editSegment(join(dir, 'content', 'lv-LV', 'Excel-crashing.md'), '7abcb-102', 'Atkal mainīts.');
    await waitFor('the edit in a folder watched again', async () => (await fetchPage(page)).body.includes('Atkal mainīts.'));

    s.child.kill('SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.stderr()).not.toMatch(/internal error/);
  });

  it('serves under --base, and a request outside the site cannot reach sibling folders', async () => {
    const dir = project('base');
    const s = serve(dir, ['--port', '0', '--no-search', '--no-qa', '--base', '/docs/']);
    const url = await openUrl(s);
    expect(url).toMatch(/:\d+\/docs\/$/);
    expect((await fetchPage(`${url}lv-lv/Excel-crashing/`)).status).toBe(200);
    // The site's folder without its slash goes to the site, as on static hosting (it was a 404).
    const folder = await fetchPage(`${url.slice(0, -1)}?q=tls`);
    expect([folder.status, folder.location]).toEqual([301, '/docs/?q=tls']);
    const missing = await fetchPage(`${url}nope/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('data-page="not-found"');
    mkdirSync(join(dir, '_site-secret'));
    writeFileSync(join(dir, '_site-secret', 'x.txt'), 'secret');
    expect((await fetchPage(`${url}..%2F_site-secret/x.txt`)).status).toBe(400);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(143);
  });

  it('Ctrl-C during a rebuild exits 130, removes the rebuild\'s temporary folder and leaves no staging folder', async () => {
    // The whole content/ (not three advisories): a rebuild long enough to be caught in the middle.
    const dir = join(tmp, 'interrupt');
    cpSync(CONTENT, join(dir, 'content'), { recursive: true });
    const s = serve(dir, ['--port', '0', '--no-search']);
    await openUrl(s);
    editSegment(join(dir, 'content', 'lv-LV', 'access-reviews.md'), '8ab32-102', 'Mainīts.');
    // The rebuild has said it started and has made its temporary folder: it is under way.
    await waitFor('the rebuilding line', () => /^rebuilding \(content\/lv-LV\/access-reviews\.md changed\)/m.test(s.stdout()));
    const staging = await waitFor('the rebuild\'s temporary folder', () => stagingFolders(dir)[0]);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.stdout()).not.toMatch(/^rebuilt in /m); // stopped before it ended
    expect(s.stderr()).toContain(`tolk: interrupted; removed ${join(dir, staging)}`);
    expect(stagingFolders(dir)).toEqual([]);
  });

  it('a port in use given with --port is an error (exit 2) that names the port', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = tolk(['serve', '--port', String(port), '--content', join(project('busy'), 'content'), '--out', join(tmp, 'busy-site')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`tolk: port ${port} on 127.0.0.1 is in use (another tolk serve?); choose another with --port N (--port 0: any free port)`);
    } finally {
      blocker.close();
    }
  });

  it('--port must be a port number', () => {
    const r = tolk(['serve', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--port eighty is not a port number/);
  });
});

describe.skipIf(!hasChromium)('tolk serve in a browser (Chromium; skipped without it)', () => {
  it('an open page reloads by itself after a rebuild and shows the edit', async () => {
    const dir = project('browser');
    const s = serve(dir, ['--port', '0', '--no-search', '--no-qa', '--base', '/docs/']);
    const url = await openUrl(s);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(`${url}lv-lv/Excel-crashing/`);
      await page.waitForFunction(() => document.body.innerText.includes('Vai programma Excel bieži avarē?'));
      editSegment(join(dir, 'content', 'lv-LV', 'Excel-crashing.md'), '7abcb-102', 'Lapa pārlādējās pati.');
      await page.waitForFunction(() => document.body.innerText.includes('Lapa pārlādējās pati.'), null, { timeout: 30_000 });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      s.child.kill('SIGINT');
      await s.exited;
    }
  });
});
