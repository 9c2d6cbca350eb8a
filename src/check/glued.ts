/**
 * Words glued to bold, a link or inline code: "atlasiet **Atvērt**un pēc tam" shows as
 * "Atvērtun pēc tam", "[uz M365 atbilstības centru](…)un" as "centruun". Machine translation
 * moves the markup and drops the space beside it (the English's "**Open**, and" lost its comma in
 * Latvian and the space with it). Markdown shows bold that closes before a letter, so only the
 * missing space gives it away, and the reader sees one word.
 */
import { boldPairs } from './emphasis.js';
import type { TextFacts } from './text.js';

/** A word that touches markup, as the reader sees it run together with the markup's text. */
export interface Glued {
  /** The glued word outside the markup, for highlights. */
  start: number;
  end: number;
  /** The reader's view: the last word before and the first word after, without the markup. */
  seen: string;
  /** "after bold text", "before a link", … */
  where: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_AT_START = /^[\p{L}\p{N}]+/u;
const WORD_AT_END = /[\p{L}\p{N}]+$/u;
/** The word as it ends / starts the reader's view, without the punctuation around it. */
const lastWord = (text: string): string => (/\S+$/u.exec(text)?.[0] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
const firstWord = (text: string): string => (/^\S+/u.exec(text)?.[0] ?? '').replace(/[^\p{L}\p{N}]+$/u, '');
const LINK_SYNTAX = /!?\[([^\]]*)\]\([^)]*\)/g;

/**
 * Text as the reader sees it: link syntax, emphasis markers and backticks taken out. An underscore
 * inside a word is no emphasis marker (CommonMark), so "SetupProd_OffScrub.exe" keeps its own.
 */
const shown = (text: string): string =>
  text.replace(LINK_SYNTAX, '$1').replace(/[*`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');

/** Markup with visible text inside: bold spans, links (not images: an icon is no word) and code. */
interface Piece { start: number; end: number; inner: string; kind: string }

function piecesOf(facts: TextFacts): Piece[] {
  const pieces: Piece[] = [];
  for (const [open, close] of boldPairs(facts)) {
    pieces.push({ start: open.start, end: close.end, inner: facts.text.slice(open.end, close.start), kind: 'bold text' });
  }
  for (const link of facts.links) if (!link.image) pieces.push({ start: link.start, end: link.end, inner: link.text, kind: 'a link' });
  for (const code of facts.code) pieces.push({ start: code.start, end: code.end, inner: code.text, kind: 'code' });
  return pieces;
}

/**
 * Words of a text glued to the start or end of bold, a link or code. Pieces nested in one another
 * ("**[Your products](…)**un") are found once: only the outer one touches the word.
 */
export function gluedWords(facts: TextFacts): Glued[] {
  if (facts.bold.length === 0 && facts.links.length === 0 && facts.code.length === 0) return [];
  const text = facts.text;
  const out: Glued[] = [];
  for (const { start, end, inner, kind } of piecesOf(facts)) {
    const visible = kind === 'code' ? inner : shown(inner);
    if (visible.trim() === '') continue;
    if (WORD_CHAR.test(text[end] ?? '') && !/\s$/u.test(visible)) {
      const word = WORD_AT_START.exec(text.slice(end))![0];
      const seen = `${lastWord(visible)}${firstWord(shown(text.slice(end)))}`;
      out.push({ start: end, end: end + word.length, seen, where: `after ${kind}` });
    }
    if (WORD_CHAR.test(text[start - 1] ?? '') && !/^\s/u.test(visible)) {
      const word = WORD_AT_END.exec(text.slice(0, start))![0];
      const seen = `${lastWord(shown(text.slice(0, start)))}${firstWord(visible)}`;
      out.push({ start: start - word.length, end: start, seen, where: `before ${kind}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
