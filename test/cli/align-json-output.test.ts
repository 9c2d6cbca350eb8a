/**
 * `tolk align --json`: the aligned content in the documented shape, for the default content/ and
 * for the whole shared corpus; and a reader that closes the pipe early (`| head -c 100`) ends it
 * quietly, with no EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CORPUS, ROOT, hasCorpus } from '../helpers/corpus.js';

describe('tolk align', () => {
  it('prints the aligned default content as JSON in the documented shape', () => {
    const r = tolk(['align', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.locales).toEqual(['lv-LV', 'nb-NO']);
    const doc = json.documents.find((d: { slug: string }) => d.slug === 'changing-shared-mailbox-send-as-behavior');
    expect(doc.locales['nb-NO']).toMatchObject({ file: 'nb-NO/changing-shared-mailbox-send-as-behavior.md', segments: 4, diagnostics: [] });
    expect(doc.units[1]).toMatchObject({ key: '103+104', flags: [{ flag: 'merged', locale: 'nb-NO' }] });
    expect(Object.keys(json.totals)).toEqual(['documents', 'segments', 'units', 'flags']);
  });

  it.runIf(hasCorpus)('aligns the whole shared corpus from the command line', () => {
    const r = tolk(['align', '--content', CORPUS, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals.documents).toBe(2910);
    expect(json.totals.flags.merged).toBe(8);
  });
});

describe('output closed early', () => {
  it('`tolk align --json | head -c 100`: exits quietly with its own exit code, no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/tolk.js'), 'align', '--json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    // The JSON of content/ is far larger than a pipe holds: tolk is still writing when the reader goes.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
