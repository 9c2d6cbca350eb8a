/**
 * Images: every `media/` or `images/` folder under a locale is published, and so is an image a
 * document references elsewhere. Files are copied one by one, by exact path, by tolk itself: a
 * folder handed to Eleventy's passthrough copy is a glob pattern when its name has `*`, `[` or `{`
 * (`lv-LV/*\/media` also matched `lv-LV/linked/media`, following a symbolic link out of the
 * content folder, and copied everything there). Content is untrusted, so three kinds of file are
 * never copied: symbolic links, and files reached through one (a link could publish any file on
 * the build machine); what is not a regular file (a named pipe would hang the copy); and files of
 * a type a browser runs as a page (`.html`, `.svg`, `.xml`…: served from the site, their script
 * would run in it). Only the passive types below are published.
 */
import { accessSync, constants, lstatSync, readdirSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../model.js';
import { localeDir } from '../render/site/urls.js';

const MEDIA_FOLDERS = new Set(['media', 'images']);

/**
 * File types the site publishes: images, documents, archives, audio and video, which a browser
 * shows, plays or downloads but never runs. An allowlist, since every `+xml` type, as well as
 * HTML and SVG, is a document that can carry script.
 */
const PASSIVE_TYPES = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'ico', 'tif', 'tiff',
  'pdf', 'txt', 'md', 'csv', 'rtf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'vsdx', 'odt', 'ods', 'odp',
  'zip', '7z', 'gz', 'tgz', 'cab', 'msi',
  'mp3', 'm4a', 'wav', 'ogg', 'oga', 'mp4', 'm4v', 'ogv', 'webm', 'vtt',
]);

/** Whether a file's type is one the site may publish (by its extension, in any case). */
export function isPassiveType(path: string): boolean {
  return PASSIVE_TYPES.has(extname(path).slice(1).toLowerCase());
}

/**
 * Types a browser opens as a document that can run script. Only for the message: every type not
 * in the allowlist is refused, but a `.ps1` or `.json` is refused as unlisted, not as script.
 */
const SCRIPTABLE_TYPES = new Set(['html', 'htm', 'shtml', 'xhtml', 'xht', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'mht', 'mhtml', 'js', 'mjs']);

/** Why a file of a type the site does not publish is left out, in words. */
export function refusedTypeReason(path: string): string {
  return SCRIPTABLE_TYPES.has(extname(path).slice(1).toLowerCase())
    ? 'a browser runs a file of this type as a page, so its script would run in the site'
    : 'the site publishes only images, documents, archives, audio and video, and this type is none of them';
}

export interface MediaCopy {
  /** Absolute path of the source file. */
  from: string;
  /** Destination relative to the output folder, `/`-separated. */
  to: string;
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

/**
 * What a media folder holds: files to publish, and what is left out: links, what is not a file
 * (pipes, sockets, devices), files of an active type, what cannot be read.
 */
interface FolderFiles {
  files: Set<string>;
  links: Set<string>;
  special: Set<string>;
  active: Set<string>;
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
    else if (!entry.isFile()) found.special.add(rel);
    else if (!isPassiveType(entry.name)) found.active.add(rel);
    else (readable(full) ? found.files : found.unreadable).add(rel);
  }
}

const LEFT_OUT: [keyof FolderFiles, string, (rel: string) => string][] = [
  ['links', 'media-symlink', () => 'symbolic link in a media folder; not copied to the site'],
  ['special', 'media-not-a-file', () => 'not a regular file (a pipe, socket or device); not copied to the site'],
  ['active', 'media-type-refused', (rel) => `${refusedTypeReason(rel)}; not copied (images, documents, archives, audio and video are)`],
];

/** Warns about what a media folder leaves out. */
function reportLeftOut(found: FolderFiles, where: (rel: string) => string, warn: (d: Diagnostic) => void): void {
  for (const [kind, code, message] of LEFT_OUT) {
    for (const rel of found[kind]) warn({ severity: 'warning', code, file: where(rel), line: 1, column: 1, message: message(rel) });
  }
  for (const rel of found.unreadable) {
    warn({ severity: 'error', code: 'media-unreadable', file: where(rel), line: 1, column: 1,
      message: 'cannot read this media file or folder (permission denied); not copied to the site' });
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
      const found: FolderFiles = { files: new Set(), links: new Set(), special: new Set(), active: new Set(), unreadable: new Set() };
      walkFiles(folder, folder, found);
      const where = (rel: string) => (rel === '' ? `${locale}/${underLocale}/` : `${locale}/${underLocale}/${rel}`);
      reportLeftOut(found, where, warn);
      const to = `${localeDir(locale)}/${underLocale}`;
      for (const f of found.files) {
        files.add(`${underLocale}/${f}`);
        copies.push({ from: join(folder, ...f.split('/')), to: `${to}/${f}` });
      }
    }
    published.set(locale, files);
    byLowerCase.set(locale, new Map([...files].sort().map((f) => [f.toLowerCase(), f])));
  }
  return { copies, published, byLowerCase };
}

/** Why a referenced file outside the media folders is not copied. */
export type NotCopied = 'missing' | 'link' | 'active';

/**
 * Whether `path` (under `root`, `/`-separated) is a regular file reached without a symbolic
 * link: lstat looks at the last name only, and a linked folder on the way (`docs -> /etc`,
 * `media/sub -> /`) would publish any file of the machine.
 */
function fileWithoutLinks(root: string, path: string): 'file' | 'link' | 'missing' {
  let at = root;
  try {
    for (const part of path.split('/')) {
      at = join(at, part);
      if (lstatSync(at).isSymbolicLink()) return 'link';
    }
    return lstatSync(at).isFile() && readable(at) ? 'file' : 'missing';
  } catch {
    return 'missing';
  }
}

/** A referenced file outside the media folders: its copy, or why there is none. */
export function looseImage(contentDir: string, locale: string, pathUnderLocale: string): MediaCopy | NotCopied {
  if (pathUnderLocale.endsWith('.md')) return 'missing';
  const root = join(contentDir, locale);
  const kind = fileWithoutLinks(root, pathUnderLocale);
  if (kind !== 'file') return kind;
  if (!isPassiveType(pathUnderLocale)) return 'active';
  return { from: join(root, ...pathUnderLocale.split('/')), to: `${localeDir(locale)}/${pathUnderLocale}` };
}
