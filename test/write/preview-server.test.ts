/**
 * The preview server of `tolk serve` (write/preview-server.ts) in-process, over a small folder:
 * what it refuses. A web page of another site must not read the preview through a DNS name
 * pointed at 127.0.0.1 (DNS rebinding) nor listen on its live-reload WebSocket, and no URL
 * reaches a sibling folder or redirects to another host.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../src/write/preview-server.js';
import { ask, previewOf, websocketHandshake } from '../helpers/preview.js';

let server: PreviewServer;
const problems: string[] = [];

beforeAll(async () => {
  server = await previewOf({
    '_site/index.html': '<!doctype html><title>home</title><p>home</p>',
    '_site/lv-lv/index.html': '<!doctype html><title>lv</title><p>lv</p>',
    '_site.tolk-abc123/secret.txt': 'staging',
  }, (m) => { problems.push(m); });
});
afterAll(async () => { await server?.close(); });

/** A raw GET (the path is sent as written) with the given headers. */
const get = (path: string, headers: Record<string, string> = {}) => ask(server.port, path, { headers });

/** The status a WebSocket handshake to the server gets (101: the channel is open). */
function upgradeStatus(headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/', headers: { ...websocketHandshake(), ...headers } });
    req.on('upgrade', (res, socket) => { socket.destroy(); done(res.statusCode ?? 0); });
    req.on('response', (res) => { res.resume(); done(res.statusCode ?? 0); });
    req.on('error', fail);
    req.end();
  });
}

describe('preview server', () => {
  it('serves pages addressed to 127.0.0.1 or localhost, and refuses another host name (DNS rebinding)', async () => {
    expect((await get('/lv-lv/')).status).toBe(200);
    expect((await get('/lv-lv/', { Host: `localhost:${server.port}` })).status).toBe(200);
    const rebound = await get('/lv-lv/', { Host: `attacker.example:${server.port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('<p>lv</p>');
  });

  it('opens the live-reload channel for its own pages and programs, not for pages of other sites', async () => {
    const host = `127.0.0.1:${server.port}`;
    expect(await upgradeStatus({ Origin: `http://${host}` })).toBe(101);
    expect(await upgradeStatus({})).toBe(101);
    expect(await upgradeStatus({ Origin: 'https://attacker.example' })).toBe(403);
    expect(await upgradeStatus({ Host: `attacker.example:${server.port}`, Origin: `http://attacker.example:${server.port}` })).toBe(403);
  });

  it('no path reaches a sibling folder or redirects to another host', async () => {
    expect((await get('/..%2F_site.tolk-abc123/secret.txt')).status).toBe(400);
    expect((await get('/%2e%2e/_site.tolk-abc123/secret.txt')).body).not.toContain('staging');
    const doubled = await get('/.//lv-lv');
    expect(doubled.location ?? '').not.toMatch(/^\/\//);
    expect(doubled.status).toBe(400);
    expect((await get('/lv-lv')).location).toBe('/lv-lv/');
    expect(problems.filter((p) => !p.startsWith('HTTP 404'))).toEqual([]);
  });
});
