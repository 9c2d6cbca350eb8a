// The parts of @11ty/eleventy-dev-server 2's API that `tolk serve` uses (the package ships no types).
declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';

  export interface EleventyDevServerOptions {
    pathPrefix?: string;
    domDiff?: boolean;
    headers?: Record<string, string>;
    /** Run before the server maps the URL to a file; call `next()` to let it. */
    middleware?: Array<(req: IncomingMessage, res: ServerResponse, next: () => void) => void>;
    messageOnStart?: () => string | false;
    logger?: { info: (message: string) => void; log: (message: string) => void; error: (message: string) => void };
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: EleventyDevServerOptions): EleventyDevServer;
    /** The HTTP server, made on first access (with the server's own `error` and `listening` handlers). */
    readonly server: Server;
    ready(): Promise<void>;
    /** Tells every open page to reload (a full reload when DOM diffing is off). */
    reload(): void;
    /** Shows a build error in the browser's console. */
    sendError(event: { error: Error }): void;
    close(): Promise<void>;
  }
}
