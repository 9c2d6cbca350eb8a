/**
 * url-mismatch: a URL that one side writes in inline code (`https://…`) and the other as text is the
 * same address. The scan masks code, so the URL looked missing ("… is missing", an error) though the
 * reader has it; the changed formatting is markup-mismatch's (inline code counts differ).
 * Real segment: lv-LV change-the-domain-for-group 6b29d-104, with the URL put in backticks.
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import type { Check } from '../../src/check/types.js';
import { messagesOnSegment } from './helpers.js';

const SLUG = 'change-the-domain-for-group';
const ID = '6b29d-104';
const EN = 'To change the domain of an existing Microsoft 365 Group, as an administrator you can navigate to the Microsoft 365 Admin Center https://admin.microsoft.com and then perform the following steps:';
const LV = 'Lai mainītu esošas Microsoft 365 grupas domēnu kā administrators, varat pāriet uz Microsoft 365 administrēšanas centru https://admin.microsoft.com un pēc tam veikt tālāk norādītās darbības.';
const inCode = (text: string) => text.replace('https://admin.microsoft.com', '`https://admin.microsoft.com`');

const messages = (check: Check, target: string, source: string) => messagesOnSegment(check)('lv-LV', SLUG, ID, target, source);

describe('url-mismatch: a URL put in backticks or taken out of them', () => {
  it('the real segment as it is has no finding', () => {
    expect(messages(urlMismatch, LV, EN)).toEqual([]);
  });

  it('does not call the URL missing when the translation writes it as `https://admin.microsoft.com`', () => {
    expect(messages(urlMismatch, inCode(LV), EN)).toEqual([]);
    // The formatting change is still reported, by the check about markup.
    expect(messages(markupMismatch, inCode(LV), EN)).toEqual(['inline code: 0 in the English, 1 in the translation']);
  });

  it('nor "not in the English" when the English has it in backticks and the translation as text', () => {
    expect(messages(urlMismatch, LV, inCode(EN))).toEqual([]);
  });

  it('still reports another address in backticks', () => {
    const other = LV.replace('https://admin.microsoft.com', '`https://portal.office.com`');
    expect(messages(urlMismatch, other, EN)).toEqual(['"https://admin.microsoft.com" is missing']);
  });
});
