/**
 * Images: every `media/` or `images/` folder under a locale is published, and so is an image a
 * document references elsewhere. Files are copied one by one, by exact path, by tolk itself: a
 * folder handed to Eleventy's passthrough copy is a glob pattern when its name has `*`, `[` or `{`
 * (`lv-LV/*\/media` also matched `lv-LV/linked/media`, following a symbolic link out of the
 * content folder, and copied everything there). Content is untrusted, so three kinds of file are
 * never copied: symbolic links, and files reached through one (a link could publish any file on
 * the build machine); what is not a regular file (a named pipe would hang the copy); and files of
 * a type a browser runs as a page (`.html`, `.svg`, `.xml`…: served from the site, their script
 * would run in it). Only the passive types below are published, and of those not a file that a
 * server with default settings may still send as a page or run (refusedReason).
 */
import { accessSync, closeSync, constants, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
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

/** Types a server runs as a program when set up to (`AddHandler php-script .php`, CGI, SSI, ASP). */
const SERVER_RUN_TYPES = new Set(['php', 'php5', 'phtml', 'phar', 'cgi', 'pl', 'py', 'asp', 'aspx', 'jsp']);

/**
 * A page or program type inside the name (`x.html.vsdx`, `x.php.png`): Apache types and handles
 * a file by each extension it knows, wherever it stands, so where it knows no `.vsdx` it sends
 * this file as text/html, and a server set up with `AddHandler` for `.php` runs `x.php.png`.
 */
function innerPageType(path: string): string | null {
  return basename(path).split('.').slice(1, -1)
    .find((part) => SCRIPTABLE_TYPES.has(part.toLowerCase()) || SERVER_RUN_TYPES.has(part.toLowerCase())) ?? null;
}

/**
 * How a browser recognizes a page in a file the server sends with no type (the WHATWG MIME
 * sniffing patterns, which Chromium uses): blanks, then one of these tags, a comment or an XML
 * declaration. Apache sends no type for an extension it does not know (`.vsdx`, and `.md` or
 * `.vtt` in its own mime.types), and the browser then runs such a file as a page of the site.
 */
const PAGE_START = /^[\t\n\f\r ]*<(?:(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|svg)[\t\n\f\r />]|!--|\?xml)/i;
const UTF8_BOM = '\u00ef\u00bb\u00bf';

/**
 * Images every server's default types name (nginx's, Apache's, Debian's /etc/mime.types): sent
 * as an image, a file is never run as a page, so one that is none is only a broken image
 * (image-unreadable), not a page to keep out.
 */
const ALWAYS_TYPED = /\.(?:png|jpe?g|gif|webp|bmp)$/i;

/** A file's first 512 bytes as latin1, without a UTF-8 byte order mark; '' when it cannot be read. */
function fileHead(file: string): string {
  const head = Buffer.alloc(512);
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1');
    return text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  } catch {
    return '';
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Markdown that opens with front matter: GitHub Pages, deploying a branch, runs Jekyll over the
 * site, which makes such a file an HTML page (`notes.md` → `notes.html`, its HTML kept as is).
 */
const JEKYLL_PAGE = /^---[ \t]*\r?\n/;

/**
 * Why the site does not publish this file (`path` as named in the content, `file` on disk), or
 * null when it does: a type not on the list, or one on it that a server may still send as a page.
 */
export function refusedReason(path: string, file: string): string | null {
  if (!isPassiveType(path)) return refusedTypeReason(path);
  const inner = innerPageType(path);
  if (inner !== null) {
    return `its name has .${inner} before its type, and a server that reads every extension of a name (Apache) may send it as a page or run it as a program`;
  }
  if (ALWAYS_TYPED.test(path)) return null;
  const head = fileHead(file);
  if (PAGE_START.test(head)) {
    return 'it begins as an HTML or XML page, and a browser runs it as one where the server sends no type for it (Apache, for a type it does not know), so its script would run in the site';
  }
  if (extname(path).toLowerCase() === '.md' && JEKYLL_PAGE.test(head)) {
    return 'it is markdown with front matter, which GitHub Pages (Jekyll) turns into an HTML page of the site, its HTML and script kept';
  }
  return null;
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
  /** Files of a type refused, with why (refusedReason). */
  active: Map<string, string>;
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
    else if (!readable(full)) found.unreadable.add(rel);
    else {
      const refused = refusedReason(entry.name, full);
      if (refused === null) found.files.add(rel);
      else found.active.set(rel, refused);
    }
  }
}

const LEFT_OUT: ['links' | 'special', string, string][] = [
  ['links', 'media-symlink', 'symbolic link in a media folder; not copied to the site'],
  ['special', 'media-not-a-file', 'not a regular file (a pipe, socket or device); not copied to the site'],
];

/** Warns about what a media folder leaves out. */
function reportLeftOut(found: FolderFiles, where: (rel: string) => string, warn: (d: Diagnostic) => void): void {
  for (const [kind, code, message] of LEFT_OUT) {
    for (const rel of found[kind]) warn({ severity: 'warning', code, file: where(rel), line: 1, column: 1, message });
  }
  for (const [rel, why] of found.active) {
    warn({ severity: 'warning', code: 'media-type-refused', file: where(rel), line: 1, column: 1,
      message: `${why}; not copied (images, documents, archives, audio and video are)` });
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
      const found: FolderFiles = { files: new Set(), links: new Set(), special: new Set(), active: new Map(), unreadable: new Set() };
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
  const from = join(root, ...pathUnderLocale.split('/'));
  if (refusedReason(pathUnderLocale, from) !== null) return 'active';
  return { from, to: `${localeDir(locale)}/${pathUnderLocale}` };
}
