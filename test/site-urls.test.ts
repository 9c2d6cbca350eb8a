/** `--base`: what normalizeBase accepts as the site's URL prefix and what it refuses. */
import { describe, expect, it } from 'vitest';
import { normalizeBase, SiteUrlError } from '../src/render/site/urls.js';

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
