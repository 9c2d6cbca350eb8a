/**
 * A rebuild replaces the output folder as a whole, so files a user put there (a CNAME) go
 * with the previous site. tolk keeps that behaviour but says which files went.
 * Cheap on a big site: the previous site is deleted by the same walk that compares it (one
 * directory listing per folder of it and of its counterpart in the new site, no stat per file),
 * which on 8,700 pages costs less than the plain recursive delete it replaces.
 */
import { lstatSync, readdirSync, rmdirSync, unlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { RUN_TOKEN } from './run-token.js';

/** Files of the previous site that the new one does not have: how many, and the first few. */
export interface RemovedFiles {
  count: number;
  examples: string[];
}

export const SHOWN_REMOVED = 5;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const listing = (dir: string): Dirent[] => readdirSync(dir, { withFileTypes: true }).sort(byName);

/** The new site's side: a file (or nothing) where the previous site had a folder means all of it went. */
function listingOrNone(dir: string | null): Dirent[] {
  if (dir === null) return [];
  try {
    return listing(dir);
  } catch {
    return [];
  }
}

/** Root files tolk makes, and root folders it fills: language folders, assets, the search index, the report. */
const OWN_ROOT_FILES = new Set(['index.html', '404.html', 'sitemap.xml', 'pages.json', '.nojekyll', RUN_TOKEN]);
const OWN_ROOT_FOLDERS = new Set(['assets', 'pagefind', 'qa']);
const LOCALE_FOLDER = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
/** In a language folder tolk writes pages, and copies media folders and images. */
const OWN_IN_LOCALE = /(^|\/)(index|404)\.html$|\/(media|images)\/|\.(png|jpe?g|gif|svg|webp)$/i;

/**
 * Whether a file of the previous site is tolk's own work (the page of an advisory since removed,
 * a search-index file whose name changed): those are not worth a word, a file the user added is.
 */
function isTolksOwn(path: string): boolean {
  const slash = path.indexOf('/');
  if (slash === -1) return OWN_ROOT_FILES.has(path) || /^sitemap-\d+\.xml$/.test(path); // a big site's sitemap files
  const top = path.slice(0, slash);
  return OWN_ROOT_FOLDERS.has(top) || (LOCALE_FOLDER.test(top) && OWN_IN_LOCALE.test(path.slice(slash)));
}

function note(found: RemovedFiles, path: string): void {
  if (isTolksOwn(path)) return;
  found.count++;
  if (found.examples.length < SHOWN_REMOVED) found.examples.push(path);
}

/** Deletes `previous` (a folder), noting each file that has no file at the same path under `next`. */
function removeWalking(previous: string, next: string | null, rel: string, found: RemovedFiles, last: string[] = []): void {
  const kept = new Map(listingOrNone(next).map((e) => [e.name, e]));
  const toRemove = listing(previous);
  for (const name of last) {
    const index = toRemove.findIndex((e) => e.name === name);
    if (index >= 0) toRemove.push(...toRemove.splice(index, 1));
  }
  for (const entry of toRemove) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    const full = join(previous, entry.name);
    const counterpart = kept.get(entry.name);
    if (entry.isDirectory()) {
      removeWalking(full, counterpart?.isDirectory() ? join(next!, entry.name) : null, path, found);
      continue;
    }
    if (!counterpart || counterpart.isDirectory()) note(found, path);
    unlinkSync(full); // a symbolic link is removed, never followed
  }
  rmdirSync(previous);
}

/**
 * Deletes the replaced site `previousDir` and returns its files with no file at the same path
 * under `newDir` (paths use `/`). `marker` (tolk's site marker) goes last, but for the run token
 * (`token`): should tolk be killed halfway, the rest is still recognisably tolk's and the next
 * build removes it, and while the marker is there the token tells another build that this run is
 * still deleting it. A failure to delete is thrown (the caller reports it).
 */
export function removeReplacedSite(previousDir: string, newDir: string, marker: string, token?: string): RemovedFiles {
  const found: RemovedFiles = { count: 0, examples: [] };
  // The output was a symbolic link to a folder: the link is what was replaced; what it points to stays.
  if (lstatSync(previousDir).isSymbolicLink()) {
    unlinkSync(previousDir);
    return found;
  }
  removeWalking(previousDir, newDir, '', found, token ? [marker, token] : [marker]);
  return found;
}
