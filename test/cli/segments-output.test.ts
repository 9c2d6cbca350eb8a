/**
 * `tolk segments FILE`: the segments of one advisory as JSON (id, key, translation, English
 * original, line) or as readable text with the file's diagnostics; a file it may not read is named
 * with the reason in words (exit 2).
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('tolk segments', () => {
  it('prints the seed nb-NO segments as JSON with id, key, target, source, line', () => {
    const r = tolk(['segments', join(CONTENT, 'nb-NO/prepare-for-use-of-tls-1-2-in-office-365.md'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.frontMatter.data['ms.translationtype']).toBe('MT');
    const s = json.segments.find((x: { key: string }) => x.key === '102');
    expect(s).toMatchObject({ id: '294fe-102', line: 21 });
    expect(s.target).toContain('TLS 1,2');
    expect(s.source).toContain('TLS 1.2');
  });

  it('prints readable text with diagnostics for salvaged front matter', () => {
    const r = tolk(['segments', join(CONTENT, 'lv-LV/troubleshoot-presence-issues-outlook.md')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/troubleshoot-presence-issues-outlook\.md:2:1: warning \[front-matter-salvaged\]/);
    expect(r.stdout).toContain('056c4-104');
  });

  it.runIf(canDenyAccess)('exits 2 naming the reason in words for a file it may not read', () => {
    const dir = tempDir('tolk-segments-');
    chmodSync(dir, 0o755);
    const file = join(dir, 'locked.md');
    writeFileSync(file, '# x\n');
    chmodSync(file, 0o000);
    const r = tolkDenied(['segments', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${file}: EACCES: permission denied`);
  });
});
