/**
 * The reference side of the render-fidelity test: the plain markdown a locale's reader should
 * see (every span pair replaced by its chosen text, front matter left out), rendered by a plain
 * markdown-it with tolk's options. It shares with tolk only the policies that do not depend on
 * segments and are tested on their own (render-security): raw HTML is untrusted (md-html.ts
 * sanitizes it) and URLs go through md-urls.ts. It has none of tolk's segment markers,
 * callouts, heading ids or table wrappers: what tolk adds on purpose is normalized away on
 * tolk's side (fidelity-normalize.ts).
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { LocaleDocument, Segment } from '../../src/model.js';
import { MARKDOWN_OPTIONS } from '../../src/render/markdown.js';
import { newEnv, type RenderEnv } from '../../src/render/md-env.js';
import { closeOpenTags, escapeHtml, sanitizeBlock, sanitizeTag } from '../../src/render/md-html.js';
import { resolveImage, resolveLink } from '../../src/render/md-urls.js';

/**
 * Block syntax at the start of a segment's text: a list marker (`1. `, `21. `, `- `), `>` or `#`.
 * In the source the text sits inside a `<span>`, so it cannot open a block, and tolk keeps it
 * as text (the open marker stands before it): "21. aprīlī" (21 April, lv-LV microsoft-365
 * 39c45-103) must not become an `<ol start="21">` holding "aprīlī". A deliberate difference
 * from the plain markdown, so the reference escapes it (an escaped character renders as itself).
 */
const BLOCK_START = /^([ \t]*)(?:\d{1,9}(?=[.)](?:[ \t]|$))|(?=[-+*](?:[ \t]|$))|(?=>)|(?=#{1,6}(?:[ \t]|$)))/;

/** Segment text as inline content: block syntax at its start escaped. */
function keepInline(text: string): string {
  return text.replace(BLOCK_START, (m) => `${m}\\`);
}

/** The locale file's body with each segment replaced by `textOf` it; no markers of any kind. */
export function plainBody(source: LocaleDocument, textOf: (segment: Segment) => string): string {
  const { parts, frontMatter } = source.doc;
  let offset = 0;
  let out = '';
  for (const part of parts) {
    const start = offset;
    offset += part.text.length;
    if (offset <= frontMatter.bodyStart) continue;
    if (part.kind === 'segment') {
      if (!part.segment.inFrontMatter) out += keepInline(textOf(part.segment));
    } else {
      out += start < frontMatter.bodyStart ? part.text.slice(frontMatter.bodyStart - start) : part.text;
    }
  }
  return out;
}

const asEnv = (env: unknown): RenderEnv => env as RenderEnv;

function renderLinkOpen(token: Token, env: RenderEnv): string {
  const link = resolveLink(String(token.attrGet('href') ?? ''), env);
  const title = token.attrGet('title');
  return `<a${link ? ` href="${escapeHtml(link.url)}"` : ''}${title ? ` title="${escapeHtml(String(title))}"` : ''}>`;
}

function createPlainMarkdown(): MarkdownIt {
  const md = new MarkdownIt(MARKDOWN_OPTIONS);
  const rules = md.renderer.rules;
  rules.html_inline = (tokens, idx, _o, env) => sanitizeTag(tokens[idx].content, asEnv(env));
  rules.html_block = (tokens, idx, _o, env) => sanitizeBlock(tokens[idx].content, asEnv(env));
  rules.link_open = (tokens, idx, _o, env) => renderLinkOpen(tokens[idx], asEnv(env));
  rules.image = (tokens, idx, options, env) => {
    const token = tokens[idx];
    // markdown-it's own alt text (CommonMark's plain-text rendering of the description).
    const alt = escapeHtml(md.renderer.renderInlineAsText(token.children ?? [], options, env));
    const src = resolveImage(String(token.attrGet('src') ?? ''), asEnv(env));
    if (!src) return alt;
    const title = token.attrGet('title');
    return `<img src="${escapeHtml(src.url)}" alt="${alt}"${title ? ` title="${escapeHtml(String(title))}"` : ''}>`;
  };
  // The raw-HTML policy closes allowlisted tags left open at the end of each inline run.
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env) => {
    const e = asEnv(env);
    const outer = e.htmlStack;
    e.htmlStack = [];
    const html = renderInline(tokens, options, env) + closeOpenTags(e.htmlStack);
    e.htmlStack = outer;
    return html;
  };
  return md;
}

const plain = createPlainMarkdown();

export interface ReferenceOptions {
  assetUrl: RenderEnv['assetUrl'];
  labels: Record<string, string>;
}

/** Plain markdown-it's HTML for `markdown` from a file of `sourceLocale`, shown on a `pageLocale` page. */
export function renderReference(markdown: string, sourceLocale: string, pageLocale: string, options: ReferenceOptions): string {
  const env = newEnv({ sourceLocale, pageLocale, assetUrl: options.assetUrl, labels: options.labels });
  return plain.render(markdown, env);
}
