/**
 * The preview server and content watcher of `tolk serve` in-process (test/write's serve, preview
 * and watch tests): the server over a small folder, raw HTTP and WebSocket requests to it, and
 * the watcher with what it reports.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { dirname, join } from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../src/write/preview-server.js';
import { watchFolderTree, type Watcher } from '../../src/write/watch.js';
import { tempDir } from './temp-dir.js';

/**
 * Starts the preview server of `tolk serve` in-process, on a free port, over `_site/` of a new temp
 * folder holding `files` (paths from that folder, so a sibling of `_site/` can be made too).
 */
export function previewOf(files: Record<string, string>, onProblem: (message: string) => void = () => {}): Promise<PreviewServer> {
  const root = tempDir('tolk-preview-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return startPreviewServer({ dir: join(root, '_site'), base: '/', port: 0, portChosen: true, onProblem });
}

export interface Answer { status: number; headers: IncomingHttpHeaders; location?: string; body: string }

/**
 * One request to 127.0.0.1:`port`. The path is sent as written: a URL would resolve the `..`
 * and `//` that the tests of what a request may reach send on purpose.
 */
export function ask(port: number, path: string, { method = 'GET', headers = {}, body = '' }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const sized = body ? { 'Content-Length': String(Buffer.byteLength(body)), ...headers } : headers;
    const req = request({ host: '127.0.0.1', port, path, method, headers: sized }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, location: res.headers.location, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** The headers of a WebSocket handshake, as the live-reload script's `new WebSocket()` sends them. */
export const websocketHandshake = (): Record<string, string> => ({
  Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
});

const watchers = new Set<Watcher>();

/** Watches `root` as `tolk serve` watches its content, collecting what it reports; `closeWatchers` (in afterEach) ends it. */
export function watchTree(root: string): { seen: string[]; problems: string[] } {
  const seen: string[] = [];
  const problems: string[] = [];
  watchers.add(watchFolderTree(root, (path) => { seen.push(path); }, (message) => { problems.push(message); }));
  return { seen, problems };
}

export function closeWatchers(): void {
  for (const watcher of watchers) watcher.close();
  watchers.clear();
}

/**
 * Appends to `file` until the watcher has reported it (the watch of a new folder comes a moment
 * after the folder): no fixed sleep. Fails after `ms`, with what was reported.
 */
export async function appendUntilSeen(file: string, seen: string[], ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!seen.includes(file)) {
    if (Date.now() > until) throw new Error(`a change to ${file} was not reported; reported: ${JSON.stringify(seen)}`);
    appendFileSync(file, 'x\n');
    await new Promise((done) => setTimeout(done, 25));
  }
}
