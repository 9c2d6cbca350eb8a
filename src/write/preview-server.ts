/**
 * The preview server of `tolk serve`: Eleventy's dev server (what `eleventy --serve` uses) over
 * the output folder, on 127.0.0.1 only. It serves like plain static hosting (the URL prefix,
 * folder → index.html, a missing page → `404.html` with status 404) and adds a small live-reload
 * script to each HTML page, which reloads the page when tolk says the site was rebuilt.
 *
 * The server maps each request to a path under the output folder when the request comes, so after
 * a rebuild swaps a new folder in (renames) it serves the new one.
 */
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { UsageError } from '../errors.js';
import { plainReason } from '../fs-errors.js';

/** Loopback only: a preview is for the person at this machine, not for the network. */
export const PREVIEW_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
/** With the default port, this many next ports are tried when it is taken (as Eleventy does). */
const PORTS_TRIED = 10;

export interface PreviewServerOptions {
  /** The output folder (absolute); it may be replaced while served. */
  dir: string;
  /** The site's URL prefix (`/` or `/docs/`). */
  base: string;
  /** The port to use, 0 for any free one. */
  port: number;
  /** True when the user chose the port: taken is then an error, not a reason to try the next. */
  portChosen: boolean;
  /** Problems the server meets while running (a file it could not read); never fatal. */
  onProblem: (message: string) => void;
}

export interface PreviewServer {
  /** The address to open, with the site's prefix: `http://127.0.0.1:8080/docs/`. */
  url: string;
  port: number;
  /** Reloads every open page (after a rebuild). */
  reload: () => void;
  /** Shows a failed rebuild in every open page's browser console. */
  showError: (error: Error) => void;
  close: () => Promise<void>;
}

/**
 * Whether a request is addressed to this machine by a name no one else controls: `127.0.0.1`
 * (any IP address), `localhost` or `*.localhost`, or no Host at all (HTTP/1.0). A page of another
 * site whose DNS name is pointed at 127.0.0.1 (DNS rebinding) has its own name as Host: its
 * script could otherwise read the whole preview, unpublished content and QA report included.
 */
function addressedHere(host: string | undefined): boolean {
  if (host === undefined) return true;
  let name: string;
  try {
    name = new URL(`http://${host}/`).hostname;
  } catch {
    return false;
  }
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

/**
 * Why a request is not served, or null. A path with `..` (decoded) would reach sibling folders
 * whose names start like the output folder's (`_site.tolk-…` staging folders): the dev server
 * checks only the prefix. A path that starts with `//` would be redirected to `//name/`, which a
 * browser reads as another host.
 */
function refusal(req: IncomingMessage): { status: number; text: string } | null {
  if (!addressedHere(req.headers.host)) {
    return { status: 403, text: `Forbidden: tolk serve answers only requests addressed to ${PREVIEW_HOST} or localhost.\n` };
  }
  let path: string;
  try {
    path = new URL(req.url ?? '/', 'http://preview/').pathname;
    if (decodeURIComponent(path).split(/[\\/]/).includes('..')) return { status: 400, text: 'Bad request: the path leaves the site.\n' };
  } catch {
    return { status: 400, text: 'Bad request: the path is not a valid URL path.\n' }; // no file has that name
  }
  if (path.startsWith('//')) return { status: 400, text: 'Bad request: the path starts with //.\n' };
  return null;
}

function answer(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** Static hosting reads files and nothing else; the dev server would answer a POST with the page. */
const READ_METHODS = ['GET', 'HEAD'];

/** Answers 405, naming the allowed methods, to a method static hosting refuses; true when it did. */
function refusedMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (READ_METHODS.includes(req.method ?? 'GET')) return false;
  res.setHeader('Allow', READ_METHODS.join(', '));
  answer(res, 405, `Method Not Allowed: the preview, like static hosting, answers only ${READ_METHODS.join(' and ')}.\n`);
  return true;
}

/**
 * The dev server redirects `/qa` to `/qa/` without the query string; static hosts keep it, and
 * the QA report's filters and the search page's query live there (`/qa?locale=nb-NO`).
 */
function keepQueryOnRedirect(req: IncomingMessage, res: ServerResponse): void {
  const query = /\?.*/.exec(req.url ?? '')?.[0];
  if (!query) return;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) =>
    setHeader(name, name.toLowerCase() === 'location' && typeof value === 'string' && !value.includes('?') ? value + query : value);
}

/**
 * `/docs` under `--base /docs/`: the dev server matches only paths that start with the prefix and
 * answers 404, where static hosting redirects the folder to `/docs/` (query kept); true when it did.
 */
function redirectedToBase(req: IncomingMessage, res: ServerResponse, base: string): boolean {
  const url = req.url ?? '/';
  const cut = url.indexOf('?');
  if (base === '/' || (cut === -1 ? url : url.slice(0, cut)) !== base.slice(0, -1)) return false;
  res.writeHead(301, { Location: base + (cut === -1 ? '' : url.slice(cut)) });
  res.end();
  return true;
}

/**
 * Runs before the dev server maps the URL to a file: refuses what `refusal` names and methods other
 * than GET and HEAD; and the dev server reads files synchronously and lets a failure (a file
 * removed by a rebuild's swap between its check and its read) escape, which would end the
 * process: it is answered here.
 */
function guarded(base: string, onProblem: (message: string) => void) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const refused = refusal(req);
    if (refused) { answer(res, refused.status, refused.text); return; }
    if (refusedMethod(req, res)) return;
    if (redirectedToBase(req, res, base)) return;
    keepQueryOnRedirect(req, res);
    try {
      next();
    } catch (error) {
      onProblem(`could not serve ${req.url}: ${plainReason(error)}`);
      if (!res.headersSent) answer(res, 503, 'The site was being replaced by a rebuild; reload the page.\n');
      else res.end();
    }
  };
}

/**
 * The live-reload WebSocket answers only pages of this server (Origin the same as Host): any web
 * page may open a WebSocket to 127.0.0.1, and the channel carries failed rebuilds' messages and
 * stacks (file paths). Clients that send no Origin are programs on this machine, not pages.
 */
function guardReloadChannel(server: Server): void {
  const handlers = server.listeners('upgrade') as ((req: IncomingMessage, socket: Duplex, head: Buffer) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const origin = req.headers.origin;
    if (!addressedHere(req.headers.host) || (origin !== undefined && origin !== `http://${req.headers.host}`)) {
      socket.on('error', () => {});
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    for (const handler of handlers) handler.call(server, req, socket, head);
  });
}

/** Listens on `port` on the loopback address; with `tryNext`, on the next ports when it is taken. */
function listen(server: Server, port: number, tryNext: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && tryNext && ++tries < PORTS_TRIED) {
        server.listen({ port: port + tries, host: PREVIEW_HOST });
        return;
      }
      server.off('error', onError);
      reject(listenError(error, port + tries, tryNext));
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
    server.listen({ port, host: PREVIEW_HOST });
  });
}

function listenError(error: NodeJS.ErrnoException, port: number, triedNext: boolean): UsageError {
  if (error.code === 'EADDRINUSE') {
    return new UsageError(triedNext
      ? `ports ${port - PORTS_TRIED + 1} to ${port} on ${PREVIEW_HOST} are all in use; choose a free one with --port N (--port 0: any free port)`
      : `port ${port} on ${PREVIEW_HOST} is in use (another tolk serve?); choose another with --port N (--port 0: any free port)`);
  }
  if (error.code === 'EACCES') return new UsageError(`not allowed to use port ${port} (ports below 1024 need privileges); choose another with --port N`);
  return new UsageError(`cannot serve on ${PREVIEW_HOST}:${port}: ${plainReason(error)}`);
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const devServer = EleventyDevServer.getServer('tolk', options.dir, {
    pathPrefix: options.base,
    // A rebuild can change any page (links, lists, the QA report); a full reload also reruns the
    // site's scripts, which patching the DOM in place (morphdom) would not.
    domDiff: false,
    // Browsers must not keep a file a rebuild replaced (Pagefind's index files change names).
    headers: { 'Cache-Control': 'no-cache' },
    middleware: [guarded(options.base, options.onProblem)],
    messageOnStart: () => false, // tolk says where it serves
    logger: { info: () => {}, log: () => {}, error: options.onProblem },
  });
  const server = devServer.server;
  // The dev server's own handler retries taken ports on every network interface and throws when
  // it gives up; tolk listens on the loopback address and says itself what is wrong.
  server.removeAllListeners('error');
  let port: number;
  try {
    port = await listen(server, options.port, !options.portChosen);
  } catch (error) {
    await devServer.close().catch(() => {});
    throw error;
  }
  server.on('error', (error) => options.onProblem(`server error: ${plainReason(error)}`));
  await devServer.ready(); // the dev server has made its WebSocket server, on the `upgrade` event
  guardReloadChannel(server);
  return {
    url: `http://${PREVIEW_HOST}:${port}${options.base}`,
    port,
    reload: () => devServer.reload(),
    showError: (error) => devServer.sendError({ error }),
    close: () => devServer.close(),
  };
}
