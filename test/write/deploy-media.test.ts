/**
 * Images a deployer publishes broken without knowing: a CI checkout without Git LFS has small
 * pointer files in place of the images (`actions/checkout` does not fetch LFS by default), and an
 * upload can leave an empty or truncated file. The build says so, with the file and line of the
 * image, as it does for an image that is missing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

const DOC = 'change-screen-brightness-in-windows-10';
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\n' +
  'oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

let tmp: string;
let cli: ReturnType<typeof tolk>;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-media-'));
  for (const locale of ['lv-LV', 'nb-NO']) {
    cpSync(join(CONTENT, locale, `${DOC}.md`), join(tmp, 'content', locale, `${DOC}.md`));
    cpSync(join(CONTENT, locale, 'media'), join(tmp, 'content', locale, 'media'), { recursive: true });
  }
  writeFileSync(join(tmp, 'content', 'nb-NO', 'media', 'brightness-slider.png'), LFS_POINTER);
  cli = tolk(['build', '--content', 'content', '--out', 'site', '--no-search', '--no-qa'], tmp);
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('an image file a browser cannot show', () => {
  it('a Git LFS pointer in place of the image is a warning at the image, saying to fetch the LFS files', () => {
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toMatch(new RegExp(`^content/nb-NO/${DOC}\\.md:26:1: warning \\[image-unreadable\\] image "media/brightness-slider\\.png" ` +
      'is a Git LFS pointer, not the image \\(.*git lfs pull\\); the page shows a broken image$', 'm'));
  });

  it('the real image (lv-LV, and the English page made from it) is not reported', () => {
    expect(cli.stderr.match(/\[image-unreadable\]/g)).toHaveLength(1);
  });

  it('an empty file and a PNG that is no PNG are reported too', () => {
    writeFileSync(join(tmp, 'content', 'nb-NO', 'media', 'brightness-slider.png'), '');
    writeFileSync(join(tmp, 'content', 'lv-LV', 'media', 'brightness-slider.png'), '<html>404 Not Found</html>');
    const r = tolk(['build', '--content', 'content', '--out', 'site', '--no-search', '--no-qa'], tmp);
    expect(r.stderr).toMatch(/nb-NO\/\S+:26:1: warning \[image-unreadable\] image "media\/brightness-slider\.png" is an empty file;/);
    expect(r.stderr).toMatch(/lv-LV\/\S+:26:1: warning \[image-unreadable\] image "media\/brightness-slider\.png" is not a readable PNG image;/);
  });
});
