/**
 * url-mismatch precision: what a translator would not call a changed URL. Real segments of the
 * shared corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const run = messagesOnSegment(urlMismatch);

describe('url-mismatch: a host name the other side spells out with "dot"', () => {
  const BILLING = 'investigate-a-billing-charge';
  const BILLING_EN = 'Investigate a billing charge from Microsoft or MSbill dot info';

  it('does not report lv-LV investigate-a-billing-charge 1bd9f-102, "MSbill dot info" written "MSbill.info"', () => {
    expect(run('lv-LV', BILLING, '1bd9f-102', 'Izpētiet norēķinu maksu no Microsoft vai MSbill.info', BILLING_EN)).toEqual([]);
  });

  it('nor the other way round, "MSbill.info" written "MSbill dot info"', () => {
    expect(run('nb-NO', BILLING, '5644e-102', 'Undersøke et faktureringsgebyr fra Microsoft eller MSbill dot info',
      'Investigate a billing charge from Microsoft or MSbill.info')).toEqual([]);
  });

  it('still reports another name: "MSbill.com" for "MSbill dot info", and nb-NO 8866a-102\'s "sso dot.com" for "sso dot com"', () => {
    expect(run('lv-LV', BILLING, '1bd9f-102', 'Izpētiet norēķinu maksu no Microsoft vai MSbill.com', BILLING_EN))
      .toEqual(['"MSbill.com" is not in the English']);
    expect(run('nb-NO', 'unable-to-log-into-teams-error-autologon.microsoftazuread-sso-dot-com-443', '8866a-102',
      'Kan ikke logge på Teams på grunn av feilen autologon.microsoftazuread-sso dot.com:443',
      'Unable to log into Teams due to error autologon.microsoftazuread-sso dot com:443')).toEqual(['"dot.com" is not in the English']);
  });
});
