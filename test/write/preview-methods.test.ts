/**
 * The preview server of `tolk serve` answers request methods as static hosting does: GET and HEAD
 * get the page, anything else 405 Method Not Allowed with `Allow: GET, HEAD` (not the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../src/write/preview-server.js';
import { ask, previewOf } from '../helpers/preview.js';

let server: PreviewServer;
beforeAll(async () => { server = await previewOf({ '_site/lv-lv/index.html': '<!doctype html><title>lv</title><p>the page</p>' }); });
afterAll(async () => { await server?.close(); });

/** A request with a form body where the method carries one. */
const send = (method: string, path: string) => ask(server.port, path, { method, body: method === 'GET' || method === 'HEAD' ? '' : 'q=1' });

describe('preview server request methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s gets 405 with Allow: GET, HEAD, not the page', async (method) => {
    const r = await send(method, '/lv-lv/');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
    expect(r.body).not.toContain('the page');
  });

  it('GET gets the page, and HEAD its headers without a body', async () => {
    const get = await send('GET', '/lv-lv/');
    expect(get.status).toBe(200);
    expect(get.body).toContain('<p>the page</p>');
    const head = await send('HEAD', '/lv-lv/');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
    expect(head.body).toBe('');
  });
});
