/**
 * Menu paths ("**File** > **Share** > **Move Notebooks**") whose arrows machine translation tore
 * from the names they separate: "programmā  >    >  OneNote 2016 atveriet Failu **kopīgošanas
 * pārvietošanas** piezīmju grāmatiņas". The bold count alone ("3 in the English, 1 in the
 * translation") sent the translator to add bold; the path itself, which the reader follows click by
 * click, stayed broken.
 */
import type { TextFacts, Token } from './text.js';

const inside = (tokens: Token[], at: number): boolean => tokens.some((t) => t.start <= at && at < t.end);

/**
 * Offsets of the menu arrows a reader sees: `>` and the escaped `\>` of the prose, not those in
 * code, tags, placeholders or addresses.
 */
export function menuArrows(facts: TextFacts): number[] {
  const { text, masked } = facts;
  const arrows: number[] = [];
  for (let at = text.indexOf('>'); at >= 0; at = text.indexOf('>', at + 1)) {
    // `\>` is blanked in `masked` as an escape, like everything else that is no prose: tell them apart.
    const escaped = text[at - 1] === '\\' && masked[at - 1] === ' ' && !inside(facts.code, at) && !inside(facts.urls, at);
    if (masked[at] === '>' || escaped) arrows.push(at);
  }
  return arrows;
}

/** Nothing a reader sees between two arrows: spaces, emphasis markers, the backslash of an escape. */
const NOTHING_BETWEEN = /^[\s*_\\]*$/;

/** Runs of arrows (their offsets) with no name between them. */
function arrowRuns(facts: TextFacts): number[][] {
  const arrows = menuArrows(facts);
  const runs: number[][] = [];
  for (let i = 1; i < arrows.length; i++) {
    if (!NOTHING_BETWEEN.test(facts.text.slice(arrows[i - 1] + 1, arrows[i]))) continue;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === arrows[i - 1]) last.push(arrows[i]);
    else runs.push([arrows[i - 1], arrows[i]]);
  }
  return runs;
}

/** The prose as a reader sees it (markup and addresses blanked), with the arrows back in. */
function shown(facts: TextFacts, arrows: number[]): string {
  const chars = facts.masked.split('');
  for (const at of arrows) chars[at] = '>';
  return chars.join('');
}

/** From the word before `start` to the word after `end` of the reader's view: where the torn arrows stand. */
function around(view: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && /\s/.test(view[from - 1])) from--;
  while (from > 0 && !/\s/.test(view[from - 1])) from--;
  let to = end;
  while (to < view.length && /\s/.test(view[to])) to++;
  while (to < view.length && !/\s/.test(view[to])) to++;
  return view.slice(from, to);
}

export interface TornPath {
  /** The text around the first run of arrows with nothing between them ("programmā > > OneNote"). */
  where: string;
  /** Offsets of the torn arrows in the translation, and of the English's arrows. */
  target: number[];
  source: number[];
}

/**
 * The translation's menu arrows stand together, with no name between them, where the English's
 * path has a name between every two; null when they do not (or the English has no path).
 */
export function tornPath(source: TextFacts, target: TextFacts): TornPath | null {
  if (!target.text.includes('>')) return null;
  const english = menuArrows(source);
  if (english.length === 0 || arrowRuns(source).length > 0) return null;
  const runs = arrowRuns(target);
  if (runs.length === 0) return null;
  const first = runs[0];
  const view = shown(target, menuArrows(target));
  return { where: around(view, first[0], first[first.length - 1] + 1), target: runs.flat(), source: english };
}
