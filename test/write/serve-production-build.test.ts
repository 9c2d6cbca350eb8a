/**
 * A deployer builds for production (`tolk build --site-url https://example.org --out public`) and
 * follows the closing hint to preview it. `tolk serve` rebuilds that very folder, so it must build
 * it as it was built: the hint carries `--site-url`, and serve takes it. Without it, the preview
 * left the folder to deploy with no sitemap.xml and relative canonical links.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy, startServe, stopServes, waitFor } from '../helpers/serve.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-production-')); });
afterEach(stopServes);
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** Splits the hint's command as a shell would (its words here need no quotes). */
const hintedCommand = (stdout: string) => /^preview it with live reload: `npx tolk (serve[^`]*)`/m.exec(stdout)?.[1].split(' ');

describe('previewing a production build with the command tolk build suggests', () => {
  it('keeps the folder as built for production: sitemap.xml and absolute canonical links, after a rebuild too', async () => {
    contentCopy(tmp, ['Excel-crashing', 'access-reviews']);
    const built = tolk(['build', '--out', 'public', '--base', '/docs/', '--site-url', 'https://example.org/docs', '--no-search', '--no-qa'], tmp);
    expect(built.code, built.stderr).toBe(0);
    const canonical = '<link rel="canonical" href="https://example.org/docs/lv-lv/Excel-crashing/">';
    expect(readFileSync(join(tmp, 'public', 'lv-lv', 'Excel-crashing', 'index.html'), 'utf8')).toContain(canonical);
    const command = hintedCommand(built.stdout);
    expect(command).toEqual(['serve', '--out', 'public', '--base', '/docs/', '--site-url', 'https://example.org/docs', '--no-search', '--no-qa']);

    const serving = startServe(tmp, [...command!.slice(1), '--port', '0']);
    const printed = (pattern: RegExp) => waitFor(() => `${pattern}: ${serving.stdout()}\n${serving.stderr()}`,
      () => pattern.test(serving.stdout()) || serving.child.exitCode !== null, 60_000);
    await printed(/^open http/m);
    expect(serving.child.exitCode).toBe(null);
    expect(existsSync(join(tmp, 'public', 'sitemap.xml'))).toBe(true);
    const file = join(tmp, 'content', 'lv-LV', 'Excel-crashing.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Vai programma Excel bieži avarē?', 'Vai Excel bieži avarē?'));
    await printed(/^rebuilt in /m);
    expect(serving.child.exitCode).toBe(null);
    expect(readFileSync(join(tmp, 'public', 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/docs/lv-lv/</loc>');
    const page = readFileSync(join(tmp, 'public', 'lv-lv', 'Excel-crashing', 'index.html'), 'utf8');
    expect(page).toContain('Vai Excel bieži avarē?');
    expect(page).toContain(canonical);
  });
});
