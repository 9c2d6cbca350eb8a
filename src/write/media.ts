/**
 * Images: every `media/` or `images/` folder under a locale is copied as is; an image a document
 * references elsewhere is copied file by file. Symbolic links are never copied (content is
 * untrusted: a link could publish any file on the build machine).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../model.js';
import { localeDir } from '../render/site/urls.js';

const MEDIA_FOLDERS = new Set(['media', 'images']);

export interface MediaCopy {
  /** Absolute source folder or file. */
  from: string;
  /** Destination relative to the output folder. */
  to: string;
  /** Paths relative to `from` that must not be copied (symbolic links). */
  skip: Set<string>;
}

export interface MediaIndex {
  copies: MediaCopy[];
  /** Per locale: every file (path under the locale folder, `/`-separated) the copies publish. */
  published: Map<string, Set<string>>;
  /** Per locale: lower-cased path → path as on disk, for references written in another case. */
  byLowerCase: Map<string, Map<string, string>>;
}

const toSlash = (p: string) => p.split(sep).join('/');

/** A folder's entries; none when it cannot be read (the reader has reported that folder). */
function entriesOf(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function walkFiles(dir: string, root: string, files: Set<string>, links: Set<string>): void {
  for (const entry of entriesOf(dir)) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) links.add(toSlash(relative(root, full)));
    else if (entry.isDirectory()) walkFiles(full, root, files, links);
    else if (entry.isFile()) files.add(toSlash(relative(root, full)));
  }
}

function findMediaFolders(dir: string, out: string[]): void {
  for (const entry of entriesOf(dir)) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (MEDIA_FOLDERS.has(entry.name)) out.push(full);
    else findMediaFolders(full, out);
  }
}

export function indexMedia(contentDir: string, locales: string[], warn: (d: Diagnostic) => void): MediaIndex {
  const copies: MediaCopy[] = [];
  const published = new Map<string, Set<string>>();
  const byLowerCase = new Map<string, Map<string, string>>();
  for (const locale of locales) {
    const localeRoot = join(contentDir, locale);
    const folders: string[] = [];
    findMediaFolders(localeRoot, folders);
    const files = new Set<string>();
    for (const folder of folders.sort()) {
      const underLocale = toSlash(relative(localeRoot, folder));
      const own = new Set<string>();
      const links = new Set<string>();
      walkFiles(folder, folder, own, links);
      for (const link of links) {
        warn({ severity: 'warning', code: 'media-symlink', file: `${locale}/${underLocale}/${link}`, line: 1, column: 1,
          message: 'symbolic link in a media folder; not copied to the site' });
      }
      for (const f of own) files.add(`${underLocale}/${f}`);
      copies.push({ from: folder, to: `${localeDir(locale)}/${underLocale}`, skip: links });
    }
    published.set(locale, files);
    byLowerCase.set(locale, new Map([...files].sort().map((f) => [f.toLowerCase(), f])));
  }
  return { copies, published, byLowerCase };
}

/** A referenced image outside the media folders, if it is a regular file inside the locale folder. */
export function looseImage(contentDir: string, locale: string, pathUnderLocale: string): MediaCopy | null {
  if (pathUnderLocale.endsWith('.md')) return null;
  const from = join(contentDir, locale, ...pathUnderLocale.split('/'));
  try {
    if (!lstatSync(from).isFile()) return null;
  } catch {
    return null;
  }
  return { from, to: `${localeDir(locale)}/${pathUnderLocale}`, skip: new Set() };
}
