/**
 * Docs callouts: a blockquote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]` or `[!CAUTION]` becomes `<div class="callout callout-note" role="note">` with a
 * localized title. In the corpus the marker is sometimes itself a translated segment
 * (`[!PADOMI]`, English `[!TIPS]`), so a marker that is a whole segment is typed by its
 * English. That segment stays addressable: the title carries its segment markers.
 * `> [!VIDEO https://…]` (an embedded player on the original site) becomes a video callout
 * holding a plain link to the player, so no third-party frame loads with the page.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { calloutKind } from '../callouts.js';
import { isRenderEnv, type CalloutType, type RenderEnv } from './md-env.js';
import { escapeHtml } from './md-html.js';
import { closeMarker, openMarker } from './md-markers.js';

export const ENGLISH_LABELS: Record<CalloutType, string> = {
  note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution', video: 'Video',
};

/** `[!TYPE]` at the start of a blockquote, optionally as one whole segment `⸐n⸑[!X]⸒n⸓`. */
const LEADING_MARKER = /^(?:\u2E10(\d+)\u2E11)?[ \t]*\[!([A-Za-z]+)\][ \t]*(?:\u2E12(\d+)\u2E13)?[ \t]*(?:\r?\n|$)/;
const ENGLISH_MARKER = /^\s*\[!([A-Za-z]+)\]\s*$/;
const VIDEO_MARKER = /^[ \t]*\[!VIDEO[ \t]+(https:\/\/[^\s<>\]]+)\][ \t]*(?:\r?\n|$)/i;

interface CalloutMeta {
  callout: CalloutType;
  /** Index of the segment that was the marker, when it was one. */
  segment: number | null;
}

/** The callout a blockquote's first paragraph announces, and how much text to cut. */
function detect(content: string, env: RenderEnv): (CalloutMeta & { length: number; replacement: string }) | null {
  const video = VIDEO_MARKER.exec(content);
  if (video) return { callout: 'video', segment: null, length: video[0].length, replacement: `<${video[1]}>` };
  const m = LEADING_MARKER.exec(content);
  if (!m) return null;
  const [whole, open, literal, close] = m;
  if (open === undefined && close === undefined) {
    const callout = calloutKind(literal);
    return callout ? { callout, segment: null, length: whole.length, replacement: '' } : null;
  }
  if (open === undefined || open !== close) return null;
  const segment = Number(open);
  const english = env.segments[segment]?.english ?? '';
  const callout = calloutKind(ENGLISH_MARKER.exec(english)?.[1]) ?? calloutKind(literal);
  return callout ? { callout, segment, length: whole.length, replacement: '' } : null;
}

function closingIndex(tokens: Token[], openIdx: number): number {
  const level = tokens[openIdx].level;
  for (let i = openIdx + 1; i < tokens.length; i++) {
    if (tokens[i].type === 'blockquote_close' && tokens[i].level === level) return i;
  }
  return -1;
}

/** Core rule (runs before inline parsing): marks callout blockquotes and cuts the marker. */
function markCallouts(state: StateCore): void {
  if (!isRenderEnv(state.env)) return;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i].type !== 'blockquote_open' || tokens[i + 1].type !== 'paragraph_open') continue;
    const inline = tokens[i + 2];
    const found = inline.type === 'inline' ? detect(inline.content, state.env) : null;
    if (!found) continue;
    const close = closingIndex(tokens, i);
    if (close === -1) continue;
    const meta: CalloutMeta = { callout: found.callout, segment: found.segment };
    tokens[i].meta = { ...meta };
    tokens[close].meta = { ...meta };
    const rest = inline.content.slice(found.length);
    inline.content = found.replacement && rest ? `${found.replacement}\n${rest}` : found.replacement + rest;
    if (inline.content.trim() === '') tokens.splice(i + 1, 3);
  }
}

function titleOf(meta: CalloutMeta, env: RenderEnv): string {
  const label = escapeHtml(env.labels[meta.callout] ?? ENGLISH_LABELS[meta.callout]);
  if (meta.segment === null) return label;
  const segment = env.segments[meta.segment];
  if (segment) segment.englishHtml = escapeHtml(ENGLISH_LABELS[meta.callout]);
  return openMarker(meta.segment) + label + closeMarker(meta.segment);
}

function calloutOf(token: Token): CalloutMeta | null {
  const meta = token.meta as Partial<CalloutMeta> | null;
  return meta?.callout ? (meta as CalloutMeta) : null;
}

export function calloutPlugin(md: MarkdownIt): void {
  md.core.ruler.before('inline', 'tolk_callout', markCallouts);
  md.renderer.rules.blockquote_open = (tokens, idx, _options, env) => {
    const meta = calloutOf(tokens[idx]);
    if (!meta || !isRenderEnv(env)) return '<blockquote>\n';
    return `<div class="callout callout-${meta.callout}" role="note">\n<p class="callout-title">${titleOf(meta, env)}</p>\n`;
  };
  md.renderer.rules.blockquote_close = (tokens, idx) => (calloutOf(tokens[idx]) ? '</div>\n' : '</blockquote>\n');
}
