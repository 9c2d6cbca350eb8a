/**
 * The one shared markdown-it instance of the render stage. It parses raw HTML (`html: true`)
 * only to sanitize it (see md-html.ts); links and images go through the URL policy
 * (md-urls.ts); tables scroll inside a wrapper; callouts and heading ids are plugins.
 * Per-page state travels in the `env` (md-env.ts), so the instance itself is stateless.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown, Token } from 'markdown-it';
import { SOURCE_LOCALE } from '../model.js';
import { calloutPlugin } from './md-callout.js';
import { isRenderEnv, type RenderEnv } from './md-env.js';
import { headingPlugin, plainText } from './md-headings.js';
import { closeOpenTags, escapeHtml, linkAttrs, sanitizeBlock, sanitizeTag, SEARCH_ALT } from './md-html.js';
import { hasMarker, insideSegment, stripMarkers } from './md-markers.js';
import { resolveImage, resolveLink } from './md-urls.js';

const LINK_CACHE_SIZE = 20_000;

/** markdown-it's options for content; exported so the fidelity test's plain renderer matches them. */
export const MARKDOWN_OPTIONS = { html: true, linkify: false, typographer: false } as const;

function createMarkdown(): Markdown {
  const md = new MarkdownIt(MARKDOWN_OPTIONS);
  // Segment markers are never part of a URL; drop them before markdown-it percent-encodes.
  // Memoized: the same links recur on every language's page of an advisory and across advisories.
  const normalizeLink = md.normalizeLink.bind(md);
  const normalized = new Map<string, string>();
  md.normalizeLink = (url: string) => {
    let link = normalized.get(url);
    if (link === undefined) {
      if (normalized.size >= LINK_CACHE_SIZE) normalized.clear();
      link = normalizeLink(stripMarkers(url));
      normalized.set(url, link);
    }
    return link;
  };
  const rules = md.renderer.rules;
  rules.html_inline = (tokens, idx, _o, env) => (isRenderEnv(env) ? sanitizeTag(tokens[idx].content, env) : escapeHtml(tokens[idx].content));
  rules.html_block = (tokens, idx, _o, env) => (isRenderEnv(env) ? sanitizeBlock(tokens[idx].content, env) : escapeHtml(tokens[idx].content));
  rules.link_open = (tokens, idx, _o, env) => renderLinkOpen(tokens, idx, env);
  rules.image = (tokens, idx, _o, env) => renderImage(tokens, idx, env);
  for (const rule of ['fence', 'code_block'] as const) {
    const render = rules[rule]!;
    rules[rule] = (tokens, idx, options, env, self) => withCodeLang(render(tokens, idx, options, env, self), tokens[idx].content, env);
  }
  rules.table_open = () => '<div class="table-wrap"><table>\n';
  rules.table_close = () => '</table></div>\n';
  // Raw inline HTML that opens allowlisted tags must not leak past its paragraph.
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env) => {
    if (!isRenderEnv(env)) return renderInline(tokens, options, env);
    const outer = env.htmlStack;
    env.htmlStack = [];
    const html = renderInline(tokens, options, env) + closeOpenTags(env.htmlStack);
    env.htmlStack = outer;
    return html;
  };
  md.use(calloutPlugin).use(headingPlugin);
  return md;
}

/**
 * The language of an alt text or title when it is not the page's (see RenderEnv.attributeLanguage):
 * only outside every segment (`marked`: markers inside it), as a segment's words are its own. Else null.
 */
function attributeLang(text: string, marked: boolean, tokens: Token[], idx: number, env: unknown): string | null {
  const language = isRenderEnv(env) ? env.attributeLanguage : null;
  if (!language || text === '' || marked || insideSegment(tokens, idx)) return null;
  return language.langOf(text);
}

/**
 * A code block in the language it is written in: on a translated page, one the localization left
 * in English (see AttributeLanguage.codeLang) gets `lang="en-US"` on its `<pre>`.
 */
function withCodeLang(html: string, code: string, env: unknown): string {
  const language = isRenderEnv(env) ? env.attributeLanguage : null;
  const lang = language && !hasMarker(code) ? language.codeLang(code) : null;
  return lang && html.startsWith('<pre') ? `<pre lang="${escapeHtml(lang)}"${html.slice(4)}` : html;
}

/** A link or image title, left off the English page where it is in another language (it cannot carry its own `lang`). */
function titleAttr(tokens: Token[], idx: number, env: unknown): string {
  const title = tokens[idx].attrGet('title');
  if (!title) return '';
  const text = stripMarkers(String(title));
  const lang = attributeLang(text, hasMarker(String(title)), tokens, idx, env);
  const foreign = lang !== null && isRenderEnv(env) && env.pageLocale !== env.sourceLocale;
  return foreign ? '' : ` title="${escapeHtml(text)}"`;
}

/** The plain words of the link that opens at `idx`. */
function linkWords(tokens: Token[], idx: number): string {
  let end = idx + 1;
  while (end < tokens.length && tokens[end].type !== 'link_close') end++;
  return plainText(tokens.slice(idx + 1, end));
}

/**
 * ` lang="en-US"` for a link in a segment that shows the English link's words because the
 * translation left it empty: a screen reader then speaks "Your products" in an English voice, not
 * a Latvian or Norwegian one, and the browser hyphenates it as English.
 */
function filledLinkLang(tokens: Token[], idx: number, env: unknown): string {
  if (!isRenderEnv(env) || env.englishLinkWords.size === 0 || !insideSegment(tokens, idx)) return '';
  return env.englishLinkWords.has(linkWords(tokens, idx)) ? ` lang="${SOURCE_LOCALE}"` : '';
}

function renderLinkOpen(tokens: Token[], idx: number, env: unknown): string {
  const token = tokens[idx];
  const link = isRenderEnv(env) ? resolveLink(String(token.attrGet('href') ?? ''), env) : null;
  let out = '<a';
  if (link) out += ` href="${escapeHtml(link.url)}"`;
  out += titleAttr(tokens, idx, env);
  if (link) out += linkAttrs(link);
  out += filledLinkLang(tokens, idx, env);
  return `${out}>`;
}

function safeDecode(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}

/**
 * An image's alt text and its language. On the English page, a translated alt outside segments
 * gives way to the English alt another locale's file has for the same image.
 */
function altOf(token: Token, tokens: Token[], idx: number, env: unknown): { text: string; lang: string | null } {
  const written = plainText(token.children ?? []);
  const marked = (token.children ?? []).some((child) => hasMarker(child.content));
  const lang = attributeLang(written, marked, tokens, idx, env);
  if (lang === null || !isRenderEnv(env) || !env.attributeLanguage) return { text: written, lang };
  const english = env.attributeLanguage.englishAlt(safeDecode(String(token.attrGet('src') ?? '')), written);
  return english === null ? { text: written, lang } : { text: english, lang: null };
}

function renderImage(tokens: Token[], idx: number, env: unknown): string {
  const token = tokens[idx];
  const src = isRenderEnv(env) ? resolveImage(String(token.attrGet('src') ?? ''), env) : null;
  const alt = altOf(token, tokens, idx, env);
  if (!src) return escapeHtml(alt.text);
  let out = `<img src="${escapeHtml(src.url)}" alt="${escapeHtml(alt.text)}"${alt.lang ? ` lang="${escapeHtml(alt.lang)}"` : ''}`;
  // Not on the English page an alt it shows in another language ('Spilgtuma slīdnis'): the
  // English index would hold Latvian words, and its excerpts show them.
  const foreign = alt.lang !== null && isRenderEnv(env) && env.pageLocale !== env.sourceLocale;
  if (alt.text.trim() && !foreign) out += SEARCH_ALT;
  out += titleAttr(tokens, idx, env);
  if (src.size) out += ` width="${src.size.width}" height="${src.size.height}"`;
  return `${out} loading="lazy">`;
}

const md = createMarkdown();

/** Renders a markdown body to HTML; headings land in `env.headings`. */
export function renderMarkdown(source: string, env: RenderEnv): string {
  return md.render(source, env);
}

/** Characters that can start inline markdown or HTML; text without them is plain text. */
const INLINE_SYNTAX = /[\\`*_[\]<>&!~\n]|  $/;

/** Sentences whose HTML depends only on their text (no `assetUrl` lookups). */
const inlineCache = new Map<string, string>();
const INLINE_CACHE_LIMIT = 50_000;

/**
 * Renders one sentence's inline markdown (the English of a segment). The same English recurs
 * on every locale's page, so results that did not depend on the page (no image or link resolved
 * through `assetUrl` or `advisoryLink`) are cached; the output is the same either way.
 */
export function renderInlineMarkdown(source: string, env: RenderEnv): string {
  if (!INLINE_SYNTAX.test(source)) return escapeHtml(source);
  const cached = inlineCache.get(source);
  if (cached !== undefined) return cached;
  const lookups = env.pageLookups;
  const html = md.renderInline(source, env);
  if (env.pageLookups === lookups) {
    if (inlineCache.size >= INLINE_CACHE_LIMIT) inlineCache.clear();
    inlineCache.set(source, html);
  }
  return html;
}

/**
 * Front-matter titles are plain text wherever they go (`<title>`, meta, the home list, the
 * breadcrumbs, the switcher), yet some are written in markdown (`'**— IgnoreLegalhold** slēdzis'`).
 * A reader sees them as the heading shows them: emphasis and code marks gone, a link's text kept.
 * Raw HTML is not parsed here (`<tenant>` in a title is words, not a tag), so no word is lost.
 */
const plainMd = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Collapses runs of ASCII white space only: a title's no-break spaces (`TLS\u00a01.2`) stay. */
const ASCII_SPACE = /[ \t\r\n]+/g;

function textOf(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image' && child.children) text += textOf(child.children);
  }
  return text;
}

export function markdownToPlainText(source: string): string {
  const text = INLINE_SYNTAX.test(source) ? textOf(plainMd.parseInline(source, {})[0]?.children ?? []) : source;
  return stripMarkers(text).replace(ASCII_SPACE, ' ').trim();
}
