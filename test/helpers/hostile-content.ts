/**
 * A small content folder written to attack the build (site-security tests): links whose
 * percent-decoding makes a script URL, files reached through symbolic links, a named pipe,
 * media a browser would run as a page, and file names whose slug has `..` parts. Built from
 * scratch (not a copy of content/) so each attack is one line to read.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './corpus.js';

/** The secret a symbolic link in the content could pull into the site. */
export const SECRET = 'tolk-secret-3141592653';

/** A word of the links page, next to markup shown as text (search excerpts must keep it text). */
export const SEARCH_WORD = 'Drošībazīme';

/** Links and images whose path, once percent-decoded, a browser reads as a script URL. */
export const DECODED_SCRIPT_LINKS = [
  '[tab](%09javascript:alert(1)//..)',
  '[space](%20javascript:alert(2)//..)',
  '[encoded](java%73cript:alert(3))',
  '<a href="%09javascript:alert(4)//..">raw</a>',
  '![img](%09javascript:alert(5)//..)',
  '[backslashes](%5C%5Cevil.example/..%2F..)',
];

const ZW = '\u200b';

const seg = (key: number, target: string, source: string) =>
  `<span data-ttu-id="a1b2c-${key}">${target}</span><span class="sxs-lookup"><span data-stu-id="a1b2c-${key}">${source}</span></span>`;

function advisory(title: string, body: string): string {
  return `---\ntitle: ${title}\nms.translationtype: HT\nms.lasthandoff: 04/15/2021\n---\n${body}\n`;
}

/** Whether this machine can make a named pipe (mkfifo). */
export const canMakeFifo = spawnSync('mkfifo', ['--version']).status === 0;

/** A folder outside the content folder holding the secret (what a link must not publish). */
function writeSecrets(dir: string): string {
  const secrets = join(dir, 'secrets');
  mkdirSync(join(secrets, 'media'), { recursive: true });
  writeFileSync(join(secrets, 'secret.txt'), SECRET);
  writeFileSync(join(secrets, 'secret.png'), SECRET);
  writeFileSync(join(secrets, 'media', 'secret.png'), SECRET);
  return secrets;
}

function writeLocale(content: string, locale: string, secrets: string): void {
  const root = join(content, locale);
  mkdirSync(join(root, 'media'), { recursive: true });
  copyFileSync(join(CONTENT, 'lv-LV', 'media', 'brightness-slider.png'), join(root, 'media', 'ok.png'));
  // A linked folder beside the documents and one inside a media folder.
  symlinkSync(secrets, join(root, 'docs'));
  symlinkSync(secrets, join(root, 'media', 'linked'));
  // A media folder whose path is a glob pattern to a copier that takes one: lv-LV/*/media
  // matches lv-LV/docs/media, through the link.
  mkdirSync(join(root, '*', 'media'), { recursive: true });
  copyFileSync(join(root, 'media', 'ok.png'), join(root, '*', 'media', 'star.png'));
  // Files a browser runs as a page, in a media folder and beside the documents.
  writeFileSync(join(root, 'media', 'evil.html'), '<script>alert("media")</script>');
  writeFileSync(join(root, 'media', 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(root, 'page.xhtml'), '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>');
  if (canMakeFifo) {
    spawnSync('mkfifo', [join(root, 'media', 'pipe.png')]);
    spawnSync('mkfifo', [join(root, 'pipe.png')]);
  }
  const attacks = [
    `# ${seg(102, 'Saites', 'Links')}`,
    seg(103, DECODED_SCRIPT_LINKS.join(' '), 'Links.'),
    seg(104, '[secret](docs/secret.txt) ![secret](docs/secret.png) ![linked](media/linked/secret.png)', 'Secrets.'),
    seg(105, '[page](page.xhtml) ![pipe](pipe.png) ![pipe](media/pipe.png) ![ok](media/ok.png)', 'Files.'),
    seg(106, `${SEARCH_WORD} <img src=x onerror=alert(6)> <script>alert(7)</script>`, 'Safety <svg onload=alert(8)>'),
  ];
  writeFileSync(join(root, 'links.md'), advisory('Saites', attacks.join('\n\n')));
  writeFileSync(join(root, '__proto__.md'), advisory('Proto', seg(102, 'Proto', 'Proto')));
  // The reader drops invisible characters from slugs: these become ".." and "../../escaped".
  writeFileSync(join(root, `${ZW}...md`), advisory('Dots', seg(102, 'Punkti', 'Dots')));
  mkdirSync(join(root, `${ZW}..`, `${ZW}..`), { recursive: true });
  writeFileSync(join(root, `${ZW}..`, `${ZW}..`, 'escaped.md'), advisory('Escaped', seg(102, 'Ārā', 'Out')));
}

/** Writes the hostile content folder at `dir/content` (secrets beside it); returns its path. */
export function writeHostileContent(dir: string): string {
  const content = join(dir, 'content');
  const secrets = writeSecrets(dir);
  for (const locale of ['lv-LV', 'nb-NO']) writeLocale(content, locale, secrets);
  return content;
}
