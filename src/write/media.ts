/**
 * Images: every `media/` or `images/` folder under a locale is copied as is; an image a document
 * references elsewhere is copied file by file. Symbolic links are never copied (content is
 * untrusted: a link could publish any file on the build machine).
 */
import { accessSync, constants, lstatSync, readdirSync, type Dirent } from 'node:fs';
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

/** A folder's entries; null when it cannot be read. */
function entriesOf(dir: string): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
}

const readable = (path: string): boolean => {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
};

/** What a media folder holds: files to publish, and what is left out (links; what cannot be read). */
interface FolderFiles {
  files: Set<string>;
  links: Set<string>;
  unreadable: Set<string>;
}

function walkFiles(dir: string, root: string, found: FolderFiles): void {
  const entries = entriesOf(dir);
  if (entries === null) {
    found.unreadable.add(toSlash(relative(root, dir)));
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    const rel = toSlash(relative(root, full));
    if (entry.isSymbolicLink()) found.links.add(rel);
    else if (entry.isDirectory()) walkFiles(full, root, found);
    else if (entry.isFile()) (readable(full) ? found.files : found.unreadable).add(rel);
  }
}

/** Media folders under `dir`; a folder that cannot be read is skipped (the reader reports it). */
function findMediaFolders(dir: string, out: string[]): void {
  for (const entry of entriesOf(dir) ?? []) {
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
      const found: FolderFiles = { files: new Set(), links: new Set(), unreadable: new Set() };
      walkFiles(folder, folder, found);
      const where = (rel: string) => (rel === '' ? `${locale}/${underLocale}/` : `${locale}/${underLocale}/${rel}`);
      for (const link of found.links) {
        warn({ severity: 'warning', code: 'media-symlink', file: where(link), line: 1, column: 1,
          message: 'symbolic link in a media folder; not copied to the site' });
      }
      for (const rel of found.unreadable) {
        warn({ severity: 'error', code: 'media-unreadable', file: where(rel), line: 1, column: 1,
          message: 'cannot read this media file or folder (permission denied); not copied to the site' });
      }
      for (const f of found.files) files.add(`${underLocale}/${f}`);
      const to = `${localeDir(locale)}/${underLocale}`;
      if (found.unreadable.size === 0) {
        copies.push({ from: folder, to, skip: found.links });
      } else {
        // The copier would stop at what it cannot read (a skip list does not keep it from listing
        // a folder): such a media folder is copied file by file.
        for (const f of found.files) copies.push({ from: join(folder, ...f.split('/')), to: `${to}/${f}`, skip: new Set() });
      }
    }
    published.set(locale, files);
    byLowerCase.set(locale, new Map([...files].sort().map((f) => [f.toLowerCase(), f])));
  }
  return { copies, published, byLowerCase };
}

/** A referenced image outside the media folders, if it is a readable regular file inside the locale folder. */
export function looseImage(contentDir: string, locale: string, pathUnderLocale: string): MediaCopy | null {
  if (pathUnderLocale.endsWith('.md')) return null;
  const from = join(contentDir, locale, ...pathUnderLocale.split('/'));
  try {
    if (!lstatSync(from).isFile() || !readable(from)) return null;
  } catch {
    return null;
  }
  return { from, to: `${localeDir(locale)}/${pathUnderLocale}`, skip: new Set() };
}
