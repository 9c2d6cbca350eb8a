/** `--base` and `--site-url`: what they accept as the site's URL prefix and origin, and what they refuse. */
import { describe, expect, it } from 'vitest';
import { normalizeBase, normalizeSiteUrl, SiteUrlError } from '../../src/render/site/urls.js';

describe('normalizeBase', () => {
  it('makes a path prefix with slashes at both ends, encoding what needs it', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('docs')).toBe('/docs/');
    expect(normalizeBase('/docs/lv')).toBe('/docs/lv/');
    expect(normalizeBase('/dokumentācija/')).toBe('/dokument%C4%81cija/');
    expect(normalizeBase('/dokument%C4%81cija/')).toBe('/dokument%C4%81cija/');
  });

  it('refuses dot segments also when percent-encoded (a browser reads /%2e%2e/ as /)', () => {
    for (const base of ['/../', '/a/./b/', '/%2e%2e/', '/%2E/', '/docs/.%2e/', '/a%20b/', '/a%3Fb/']) {
      expect(() => normalizeBase(base), base).toThrow(SiteUrlError);
    }
    expect(() => normalizeBase('//evil.example/')).toThrow(/not a URL/);
  });
});

describe('normalizeSiteUrl', () => {
  it('gives the origin that page URLs (which hold the base) are appended to: a path in it is not added twice', () => {
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org');
    expect(normalizeSiteUrl('https://example.org/', '/docs/')).toBe('https://example.org');
    expect(normalizeSiteUrl('https://example.org/docs', '/docs/')).toBe('https://example.org');
    expect(normalizeSiteUrl('https://example.org/docs/', '/docs/')).toBe('https://example.org');
  });

  it('refuses a path that is not the base: the canonical URLs would name pages the site does not have', () => {
    expect(() => normalizeSiteUrl('https://example.org/docs')).toThrow(/has the path \/docs\/, but the site is built for --base \/: add --base \/docs\//);
    expect(() => normalizeSiteUrl('https://example.org/docs', '/other/')).toThrow(SiteUrlError);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/http or https/);
  });
});
