/**
 * The preview server of `tolk serve` answers request methods as static hosting does: GET and HEAD
 * get the page, anything else 405 Method Not Allowed with `Allow: GET, HEAD` (not the page).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/write/preview-server.js';

let tmp: string;
let server: PreviewServer;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-preview-methods-'));
  mkdirSync(join(tmp, '_site', 'lv-lv'), { recursive: true });
  writeFileSync(join(tmp, '_site', 'lv-lv', 'index.html'), '<!doctype html><title>lv</title><p>the page</p>');
  server = await startPreviewServer({ dir: join(tmp, '_site'), base: '/', port: 0, portChosen: true, onProblem: () => {} });
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function send(method: string, path: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((done, fail) => {
    const body = method === 'GET' || method === 'HEAD' ? '' : 'q=1';
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { 'Content-Length': body.length } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

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
