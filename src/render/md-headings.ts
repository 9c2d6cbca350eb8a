/**
 * Heading ids: the corpus puts an empty `<a name="…"></a>` anchor before each heading's text;
 * that name becomes the heading's id (so old deep links keep working) and the anchor goes.
 * Headings without one get a slug of their text. Ids are unique within the page.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isRenderEnv, type RenderEnv } from './md-env.js';
import { stripMarkers } from './md-markers.js';

const ANCHOR_OPEN = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))\s*>$/i;
const ANCHOR_CLOSE = /^<\/a\s*>$/i;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** Text of an inline token's children, segment markers kept. */
function markedText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image' && child.children) text += markedText(child.children);
  }
  return text;
}

/** Plain text of an inline token's children, without segment markers. */
export function plainText(children: Token[]): string {
  return stripMarkers(markedText(children)).replace(/\s+/g, ' ').trim();
}

/** Removes a leading empty `<a name>` anchor from the heading; returns its name. */
function takeAnchor(children: Token[]): string | null {
  let i = 0;
  while (i < children.length && children[i].type === 'text' && children[i].content.trim() === '') i++;
  const open = children[i];
  const close = children[i + 1];
  if (!open || !close || open.type !== 'html_inline' || close.type !== 'html_inline') return null;
  const m = ANCHOR_OPEN.exec(open.content);
  if (!m || !ANCHOR_CLOSE.test(close.content)) return null;
  children.splice(i, 2);
  const name = stripMarkers(m[1] ?? m[2] ?? m[3] ?? '').trim();
  return name === '' ? null : name;
}

/** `wanted`, or `wanted-2`, `wanted-3`, … for repeats; the search resumes where the last one ended (no quadratic scan). */
function uniqueId(wanted: string, env: RenderEnv): string {
  let id = wanted;
  let n = env.headingIdNext.get(wanted) ?? 2;
  while (env.headingIds.has(id)) id = `${wanted}-${n++}`;
  env.headingIdNext.set(wanted, n);
  env.headingIds.add(id);
  return id;
}

function assignHeadingIds(state: StateCore): void {
  if (!isRenderEnv(state.env) || state.inlineMode) return;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const open = tokens[i];
    const inline = tokens[i + 1];
    if (open.type !== 'heading_open' || inline.type !== 'inline' || !inline.children) continue;
    const anchor = takeAnchor(inline.children);
    const marked = markedText(inline.children);
    const text = stripMarkers(marked).replace(/\s+/g, ' ').trim();
    const id = uniqueId(anchor ?? slugify(text), state.env);
    open.attrSet('id', id);
    const level = Number(open.tag.slice(1));
    // The title's text with its segments' markers: the renderer puts the title's English together from them.
    if (level === 1 && text !== '' && state.env.titleMarked === null) state.env.titleMarked = marked;
    state.env.headings.push({ id, text, level });
  }
}

export function headingPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'tolk_heading_ids', assignHeadingIds);
}
