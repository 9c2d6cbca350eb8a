/**
 * markup-mismatch: a `</span>` (or `<span>`) that the localization pipeline left in the middle of a
 * translation. It used to count as one more "HTML tag" ("HTML tag: 0 in the English, 1 in the
 * translation"), which names no tag and says nothing of what to do; a translator who deleted one the
 * English shares was told to put it back ("HTML tag: 1 in the English, 0 in the translation"); and
 * one the English shares was not reported at all.
 * Real segment: lv-LV outlook-com-setting-changes c0e4f-112 (its English has the leftover too;
 * without it is the English as Microsoft's site has it).
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { covered, hitsOnSegment } from './helpers.js';

const SLUG = 'outlook-com-setting-changes';
const ID = 'c0e4f-112';
const ARTICLE = '(https://support.office.com/article/how-do-i-open-a-protected-message-1157a286-8ecc-4b1e-ac43-2a608fbf3098)';
const LV = `Ja adresāta pastkaste atrodas pakalpojumā **Yahoo vai Gmail**, izpildiet </span> šajā [rakstā]${ARTICLE}sniegtos norādījumus.`;
const EN_AS_IN_FILE = `If the recipient mailbox is on **Yahoo or Gmail**, please follow the instructions</span> found in this [article]${ARTICLE}.`;
const EN = EN_AS_IN_FILE.replace('</span>', '');
const LV_CLEAN = LV.replace('</span> ', '');

const onSegment = hitsOnSegment(markupMismatch);
const hits = (target: string, source: string) => onSegment('lv-LV', SLUG, ID, target, source);
const messages = (target: string, source: string) => hits(target, source).map((h) => h.message);

describe('markup-mismatch: span tags left over from the pipeline in a translation', () => {
  it('names the tag and where it is, and says to delete it', () => {
    expect(messages(LV, EN)).toEqual([
      '"</span>" in "…izpildiet </span> šajā…" is a tag left over from the localization pipeline\'s span markup, ' +
        'not part of the sentence: delete it',
    ]);
  });

  it('highlights the tag in the translation', () => {
    const [hit] = hits(LV, EN);
    expect(hit.highlights?.target?.map((r) => covered(LV, r))).toEqual(['</span>']);
  });

  it('is reported when the English has the same leftover (the real file), saying so', () => {
    expect(messages(LV, EN_AS_IN_FILE)).toEqual([
      '"</span>" in "…izpildiet </span> šajā…" is a tag left over from the localization pipeline\'s span markup, ' +
        'not part of the sentence: delete it (the English has the same leftover: damage there too, not markup to copy)',
    ]);
  });

  it('does not ask to put a deleted leftover back because the English has it', () => {
    expect(messages(LV_CLEAN, EN_AS_IN_FILE)).toEqual([]);
  });

  it('reports an opening span that closes nothing too', () => {
    const opened = LV_CLEAN.replace('izpildiet', 'izpildiet <span>');
    expect(messages(opened, EN)).toEqual([
      '"<span>" in "…izpildiet <span> šajā…" is a tag left over from the localization pipeline\'s span markup, ' +
        'not part of the sentence: delete it',
    ]);
  });

  it('leaves a span pair the English has alone (lv-LV workflow-email-not-being-sent c6479-110)', () => {
    const en = 'Email from workflows are sent to the site collection administrators but not to other users and see the error **HTTP Forbidden to <span>https:</span>//URL/_vti_bin/client.xvc.sp.utilities.utility.SendEmail**.';
    const lv = 'E-pasta ziņojumi no darbplūsmām tiek nosūtīti vietņu kolekcijas administratoriem, bet ne citiem lietotājiem, un tiek rādīts kļūdas ziņojums, **kas aizliegts <span>https:</span>//URL/_vti_bin/Client.xvc.SP.Utilities.Utility.SendEmail**.';
    expect(onSegment('lv-LV', 'workflow-email-not-being-sent', 'c6479-110', lv, en)).toEqual([]);
  });
});
