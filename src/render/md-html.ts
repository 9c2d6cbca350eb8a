/**
 * Raw HTML in content is untrusted. markdown-it runs with `html: true` so that it finds the
 * tags, and these rules decide per tag: a short allowlist is rebuilt from parsed attributes,
 * comments are dropped, and everything else is escaped and shown as text. That is how the
 * corpus's placeholders (`<mailboxname>`, `<app>`) read as text, and how `<script>` or
 * `<img onerror=…>` inside a segment stay inert.
 */
import type { RenderEnv } from './md-env.js';
import { stripMarkers } from './md-markers.js';
import { resolveImage, resolveLink, type ResolvedUrl } from './md-urls.js';

const HTML_SPECIAL = /[&<>"]/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Same escaping as markdown-it's text renderer. */
export function escapeHtml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]) : text;
}

/** Inline formatting tags allowed only bare (no attributes). */
const BARE_TAGS = new Set(['span', 'sup', 'sub', 'kbd', 'b', 'i', 'em', 'strong', 'u']);
/** Attributes each rebuilt tag may carry; any other attribute makes the tag text. */
const ALLOWED_ATTRS: Record<string, Set<string>> = {
  a: new Set(['href', 'name', 'id', 'title']),
  img: new Set(['src', 'alt', 'title', 'width', 'height']),
  br: new Set(),
};

const OPEN_TAG = /^<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*)\s*(\/?)>$/;
const CLOSE_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:([^"'=<>`\s]+)|'([^']*)'|"([^"]*)"))?/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const DIMENSION = /^\d{1,4}(%|px)?$/;
/**
 * Pagefind indexes no alt text of its own: only the first image's, as `image_alt` metadata, which
 * the pages give it no more (see article-page.ts). Asked per image, it indexes the alt as text of
 * the page (never the src: no image URL or data: letters), so every image's description is found.
 */
export const SEARCH_ALT = ' data-pagefind-index-attrs="alt"';

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function parseAttrs(text: string): Map<string, string> | null {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1].toLowerCase();
    if (attrs.has(name)) return null;
    attrs.set(name, stripMarkers(decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')));
  }
  return attrs;
}

const attr = (name: string, value: string): string => ` ${name}="${escapeHtml(value)}"`;

/**
 * A resolved link's attributes after `href`: `rel` for other sites; `hreflang` and the language's
 * name (which the stylesheet shows after the link) for a page in another language than the reader's.
 */
export function linkAttrs(link: ResolvedUrl): string {
  let out = link.external ? ' rel="noopener"' : '';
  if (link.otherLanguage) out += attr('hreflang', link.otherLanguage.locale) + attr('data-language', link.otherLanguage.languageName);
  return out;
}

function rebuildAnchor(attrs: Map<string, string>, env: RenderEnv): string | null {
  const href = attrs.get('href');
  const target = attrs.get('name') ?? attrs.get('id');
  let out = '<a';
  if (target !== undefined) {
    if (!/^[^\s]{1,200}$/.test(target)) return null;
    out += attr('id', target);
  }
  if (href !== undefined) {
    const link = resolveLink(href, env);
    if (!link) return null;
    out += attr('href', link.url) + linkAttrs(link);
  }
  if (attrs.has('title')) out += attr('title', attrs.get('title')!);
  return `${out}>`;
}

function rebuildImage(attrs: Map<string, string>, env: RenderEnv): string | null {
  const src = resolveImage(attrs.get('src') ?? '', env);
  if (!src) return null;
  const alt = attrs.get('alt') ?? '';
  let out = `<img src="${escapeHtml(src.url)}" alt="${escapeHtml(alt)}"${alt.trim() ? SEARCH_ALT : ''}`;
  if (attrs.has('title')) out += attr('title', attrs.get('title')!);
  const written = ['width', 'height'].filter((dim) => DIMENSION.test(attrs.get(dim) ?? ''));
  for (const dim of written) out += attr(dim, attrs.get(dim)!);
  // The file's own size when the HTML gives none (one alone keeps the image's proportions as written).
  if (written.length === 0 && src.size) out += attr('width', String(src.size.width)) + attr('height', String(src.size.height));
  return `${out} loading="lazy">`;
}

/** Rebuilds an allowlisted opening tag; null when it must be shown as text instead. */
function rebuildOpenTag(name: string, attrText: string, env: RenderEnv): string | null {
  const attrs = parseAttrs(attrText);
  if (!attrs) return null;
  if (BARE_TAGS.has(name)) return attrs.size === 0 ? `<${name}>` : null;
  const allowed = ALLOWED_ATTRS[name];
  if (!allowed) return null;
  for (const key of attrs.keys()) if (!allowed.has(key)) return null;
  if (name === 'br') return '<br>';
  if (name === 'img') return rebuildImage(attrs, env);
  return rebuildAnchor(attrs, env);
}

/** Tags without content or end tag: never on the tag stack. */
const VOID_TAGS = new Set(['br', 'img']);

/** Marks, on the tag stack, an allowlisted opening tag that was shown as text: its end tag is text too. */
const SHOWN = '!';

const isKnownTag = (name: string): boolean => BARE_TAGS.has(name) || name in ALLOWED_ATTRS;

/**
 * An end tag: it closes the tag tolk opened last; it is text when its opening tag was shown as
 * text; and a known end tag that closes nothing (damaged sources have `[link text</a> …](url)`) is
 * dropped, as a browser would, rather than shown as `</a>` in the middle of a sentence.
 */
function sanitizeEndTag(tag: string, name: string, stack: string[]): string {
  if (name === 'br') return '';
  if (stack.length > 0 && stack[stack.length - 1] === name) {
    stack.pop();
    return `</${name}>`;
  }
  const shown = stack.lastIndexOf(SHOWN + name);
  if (shown !== -1) {
    stack.splice(shown, 1);
    return escapeHtml(tag);
  }
  return isKnownTag(name) ? '' : escapeHtml(tag);
}

/** Sanitizes one raw tag (or comment, declaration…) as markdown-it's html_inline finds it. */
export function sanitizeTag(tag: string, env: RenderEnv): string {
  if (tag.startsWith('<!--')) return '';
  const close = CLOSE_TAG.exec(tag);
  if (close) return sanitizeEndTag(tag, close[1].toLowerCase(), env.htmlStack);
  const open = OPEN_TAG.exec(tag);
  if (open) {
    const name = open[1].toLowerCase();
    const rebuilt = rebuildOpenTag(name, open[2], env);
    if (rebuilt !== null) {
      if (VOID_TAGS.has(name)) return rebuilt;
      if (open[3] === '/') return `${rebuilt}</${name}>`;
      env.htmlStack.push(name);
      return rebuilt;
    }
    if (isKnownTag(name) && !VOID_TAGS.has(name) && open[3] !== '/') env.htmlStack.push(SHOWN + name);
  }
  return escapeHtml(tag);
}

/** Closes allowlisted tags left open at the end of an inline run, innermost first. */
export function closeOpenTags(stack: string[]): string {
  let out = '';
  for (let i = stack.length - 1; i >= 0; i--) if (!stack[i].startsWith(SHOWN)) out += `</${stack[i]}>`;
  stack.length = 0;
  return out;
}

const BLOCK_PIECES = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>|[^<]+|</g;

/** Escapes text of a raw HTML block, keeping entity references that are already there. */
function escapeBlockText(text: string): string {
  return text
    .replace(/&(?!(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Sanitizes a raw HTML block: each tag through `sanitizeTag`, text escaped, all closed. */
export function sanitizeBlock(html: string, env: RenderEnv): string {
  const saved = env.htmlStack;
  env.htmlStack = [];
  let out = '';
  for (const m of html.matchAll(BLOCK_PIECES)) {
    const piece = m[0];
    out += piece.startsWith('<') && piece.length > 1 ? sanitizeTag(piece, env) : escapeBlockText(piece);
  }
  out += closeOpenTags(env.htmlStack);
  env.htmlStack = saved;
  return out;
}
