/**
 * Media a browser runs as a page although the extension is on tolk's passive list: Apache sends
 * no Content-Type for an extension it does not know (`.vsdx` in Debian's /etc/mime.types, many
 * more in its own), so Chromium sniffs the file and runs one that begins as HTML; and Apache
 * types `x.html.vsdx` by its `.html`. A real advisory (the brightness one, with its real image)
 * links each file, so each is referenced as a page would reference a Visio drawing.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './corpus.js';

export const ADVISORY = 'change-screen-brightness-in-windows-10';

/** File → its bytes. The first five must not be published; the last three must. */
export const MEDIA: Record<string, string> = {
  'media/evil.vsdx': '\n  <HTML><script>alert("vsdx")</script></HTML>',
  'media/notes.vtt': '<!-- --><script>alert("vtt")</script>',
  'media/drawing.html.vsdx': 'PK\u0003\u0004 <script>alert("inner html")</script>',
  // Run as PHP by a server with `AddHandler php-script .php` (older Apache set-ups).
  'media/shot.php.png': '\u0089PNG\r\n\u001a\n<?php echo "ran"; ?>',
  // GitHub Pages' Jekyll makes this media/notes.html, script and all.
  'media/notes.md': '---\ntitle: Notes\n---\n<script>alert("jekyll")</script>\n',
  'media/real.vsdx': 'PK\u0003\u0004 a Visio drawing is a zip; <script> inside it is no page',
  'media/talk.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\n<b>Hello</b>\n',
  'media/readme.md': '# Drawings\n\n---\n\nThe drawings of this advisory.\n',
};

/** A loose file (not in a media folder) that begins as a page. */
export const LOOSE = 'guide.vsdx';

/** Writes the content folder at `dir/content` (lv-LV only); returns its path. */
export function writeSniffableMedia(dir: string): string {
  const content = join(dir, 'content');
  const root = join(content, 'lv-LV');
  mkdirSync(join(root, 'media'), { recursive: true });
  copyFileSync(join(CONTENT, 'lv-LV', 'media', 'brightness-slider.png'), join(root, 'media', 'brightness-slider.png'));
  for (const [file, bytes] of Object.entries(MEDIA)) writeFileSync(join(root, file), bytes, 'latin1');
  writeFileSync(join(root, LOOSE), '<!DOCTYPE html><script>alert("loose")</script>');
  const links = [...Object.keys(MEDIA), LOOSE].map((file) => `[${file}](${file})`).join(' ');
  const text = readFileSync(join(CONTENT, 'lv-LV', `${ADVISORY}.md`), 'utf8');
  writeFileSync(join(root, `${ADVISORY}.md`), `${text.trimEnd()}\n\n${links}\n`);
  return content;
}
