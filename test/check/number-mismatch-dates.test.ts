/**
 * number-mismatch: MT often drops the day of a date ("sākot ar 2020" for "beginning November 30,
 * 2020"), and the finding said only "30 is missing", leaving the translator to find which 30. It now
 * names the date and which part of it is gone. Real segments of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const messages = messagesOnSegment(numberMismatch);

const IE11 = 'As communicated in MC225570,  beginning November 30, 2020, the Microsoft Teams web app will no longer support Internet Explorer (IE) 11.';

describe('number-mismatch: a day or year of a date', () => {
  it('names the date whose day is missing (lv-LV microsoft-teams-will-stop-working-on-internet-explorer-11-from-nov-30th 7c05f-103)', () => {
    expect(messages('lv-LV', 'microsoft-teams-will-stop-working-on-internet-explorer-11-from-nov-30th', '7c05f-103',
      'Kā paziņots programmā MC225570, sākot ar 2020, Microsoft Teams Web App vairs neatbalstīs pārlūkprogrammu Internet Explorer (IE) 11.', IE11))
      .toEqual(['the day of the date "November 30, 2020" is missing (30)']);
  });

  it('keeps the ordinal the English writes (nb-NO please-run-sara-to-diagnoseresolve-outlook-authentication-issues 7f50e-104)', () => {
    expect(messages('nb-NO', 'please-run-sara-to-diagnoseresolve-outlook-authentication-issues', '7f50e-104',
      'Hvis leieren din ble opprettet etter oktober, 2019 og Outlook ber deg gjentatte ganger om passord, kan du få **sikkerhets standarder** aktivert i leieren.',
      'If your tenant was created after October 21st, 2019 and your Outlook is repeatedly asking you for a password, you may have **security defaults** enabled in your tenant.'))
      .toEqual(['the day of the date "October 21st, 2019" is missing (21st)']);
  });

  it('names the date whose year is missing (lv-LV sharepoint-workflows-retiring cccb2-107)', () => {
    expect(messages('lv-LV', 'sharepoint-workflows-retiring', 'cccb2-107',
      'SharePoint 2010 1. novembris darbplūsmas pakalpojumi tiek **noņemti** no esošajiem nomniekiem.',
      'November 1, 2020 SharePoint 2010 workflow services are **removed** from existing tenants.'))
      .toEqual(['the year of the date "November 1, 2020" is missing (2020)']);
  });

  it('says a number outside a date as before (lv-LV missing-notebook 06c29-104)', () => {
    expect(messages('lv-LV', 'missing-notebook', '06c29-104',
      'Pēc noklusējuma piezīmju grāmatiņu varat atkopt izdzēstā OneDrive krātuvē.',
      'You can recover notebook on a deleted OneDrive within 30 days by default.'))
      .toEqual(['30 is missing']);
  });

  it('has nothing to say of a date the translation keeps whole', () => {
    expect(messages('lv-LV', 'microsoft-teams-will-stop-working-on-internet-explorer-11-from-nov-30th', '7c05f-103',
      'Kā paziņots programmā MC225570, sākot ar 2020. gada 30. novembri, Microsoft Teams Web App vairs neatbalstīs pārlūkprogrammu Internet Explorer (IE) 11.', IE11))
      .toEqual([]);
  });
});
