/**
 * markup-mismatch: a "**" with a space on both sides. CommonMark makes bold of a run only when it
 * touches its text (a left-flanking run is not followed by whitespace, a right-flanking one not
 * preceded by it), so "** atgādināt man **" shows both runs as typed asterisks and no bold: the bold
 * count is right to leave them out, and the message now says why the bold is gone.
 * Real segment: lv-LV outlook-com-adding-flags-reminders 99361-107, with spaces put inside the bold.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { hitsOf, segmentCorpus } from './helpers.js';

const SLUG = 'outlook-com-adding-flags-reminders';
const EN = 'Next to **Remind me**, choose a reminder time.';
const LV = 'Blakus **atgādināt man**izvēlieties atgādinājuma laiku.';
const SPACED = 'Blakus ** atgādināt man ** izvēlieties atgādinājuma laiku.';

const messages = (target: string) =>
  hitsOf(markupMismatch, segmentCorpus('lv-LV', SLUG, [['99361-107', target, EN]]), SLUG, 'lv-LV', '99361-107').map((h) => h.message);

describe('markup-mismatch: "**" with spaces on both sides', () => {
  it('is no bold in markdown (the renderer the site uses shows the asterisks)', () => {
    expect(new MarkdownIt().renderInline(SPACED)).toBe(SPACED);
  });

  it('is reported as lost bold, saying why', () => {
    expect(messages(SPACED)).toEqual([
      'bold: 1 in the English ("Remind me"), 0 in the translation; 2 "**" with a space on both sides show as asterisks (bold must touch its text: "**Save**")',
    ]);
  });

  it('the real segment, whose bold touches its text, has no markup finding', () => {
    expect(messages(LV)).toEqual([]);
  });
});
