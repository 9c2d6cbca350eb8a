/**
 * A deployer builds for production (`tolk build --site-url https://example.org --out public`) and
 * follows the closing hint to preview it. `tolk serve` rebuilds that very folder, so it must build
 * it as it was built: the hint carries `--site-url`, and serve takes it. Without it, the preview
 * left the folder to deploy with no sitemap.xml and relative canonical links.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from './helpers/cli.js';
import { CONTENT, ROOT } from './helpers/corpus.js';

let tmp: string;
const children = new Set<ChildProcessWithoutNullStreams>();
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-production-')); });
afterEach(() => { for (const child of children) child.kill('SIGKILL'); children.clear(); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Splits the hint's command as a shell would (its words here need no quotes). */
const hintedCommand = (stdout: string) => /^preview it with live reload: `npx tolk (serve[^`]*)`/m.exec(stdout)?.[1].split(' ');

describe('previewing a production build with the command tolk build suggests', () => {
  it('keeps the folder as built for production: sitemap.xml and absolute canonical links, after a rebuild too', async () => {
    for (const locale of ['lv-LV', 'nb-NO']) {
      mkdirSync(join(tmp, 'content', locale), { recursive: true });
      for (const doc of ['Excel-crashing', 'access-reviews']) copyFileSync(join(CONTENT, locale, `${doc}.md`), join(tmp, 'content', locale, `${doc}.md`));
    }
    const built = tolk(['build', '--out', 'public', '--base', '/docs/', '--site-url', 'https://example.org/docs', '--no-search', '--no-qa'], tmp);
    expect(built.code, built.stderr).toBe(0);
    const canonical = '<link rel="canonical" href="https://example.org/docs/lv-lv/Excel-crashing/">';
    expect(readFileSync(join(tmp, 'public', 'lv-lv', 'Excel-crashing', 'index.html'), 'utf8')).toContain(canonical);
    const command = hintedCommand(built.stdout);
    expect(command).toEqual(['serve', '--out', 'public', '--base', '/docs/', '--site-url', 'https://example.org/docs', '--no-search', '--no-qa']);

    const child = spawn(process.execPath, [join(ROOT, 'bin/tolk.js'), ...command!, '--port', '0'], { cwd: tmp, env: { ...process.env, NO_COLOR: '1' } });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const until = Date.now() + 60_000;
    const waitFor = async (pattern: RegExp) => {
      while (!pattern.test(stdout)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`waiting for ${pattern}: ${stdout}\n${stderr}`);
        await pause(20);
      }
    };
    await waitFor(/^open http/m);
    expect(existsSync(join(tmp, 'public', 'sitemap.xml'))).toBe(true);
    const file = join(tmp, 'content', 'lv-LV', 'Excel-crashing.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Vai programma Excel bieži avarē?', 'Vai Excel bieži avarē?'));
    await waitFor(/^rebuilt in /m);
    expect(readFileSync(join(tmp, 'public', 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/docs/lv-lv/</loc>');
    const page = readFileSync(join(tmp, 'public', 'lv-lv', 'Excel-crashing', 'index.html'), 'utf8');
    expect(page).toContain('Vai Excel bieži avarē?');
    expect(page).toContain(canonical);
  });
});
