/**
 * A GUID, placeholder or URL the translation changed is said as one change, with what differs.
 * It read as two statements ("000000000000 is missing; 0000000000 is not in the English"), a part
 * of the GUID each, and the translator had to see that one was the other and count the zeros.
 * Segments are real (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { difference } from '../../src/check/changed-token.js';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import type { Check } from '../../src/check/types.js';
import { messagesOnSegment, type SegmentArgs } from './helpers.js';

const messages = (check: Check, ...segment: SegmentArgs) => messagesOnSegment(check)(...segment);

const YAMMER = 'user-receives-error-Yammer-is-disabled';
const YAMMER_EN = 'If you receive the error "AADSTS7000112: Application \'00000005-0000-0ff1-ce00-000000000000\'(Yammer) is disabled", a problem exists with the service principal within Azure AD.';

describe('one change, said as one', () => {
  it('names the whole GUID and how many zeros it lost (lv-LV user-receives-error-Yammer-is-disabled b8f58-103)', () => {
    expect(messages(numberMismatch, 'lv-LV', YAMMER, 'b8f58-103',
      'Ja saņemat kļūdas ziņojumu "AADSTS7000112: lietojumprogramma \'00000005-0000-0ff1-ce00-0000000000"(Yammer) ir atspējota", rodas problēma ar pakalpojuma vadītāju Azure AD.',
      YAMMER_EN)).toEqual(['the translation has "00000005-0000-0ff1-ce00-0000000000" where the English has ' +
      '"00000005-0000-0ff1-ce00-000000000000" (2 × "0" left out)']);
  });

  it('says a variable a space broke in two as that (lv-LV get-a-list-of-enterprise-applications 58381-117)', () => {
    expect(messages(placeholderMismatch, 'lv-LV', 'get-a-list-of-enterprise-applications', '58381-117',
      'Get-AzureADApplication -All:$true | Where-Object { $_. PublicClient -ne $true } | FT',
      'Get-AzureADApplication -All:$true | Where-Object { $_.PublicClient -ne $true } | FT'))
      .toEqual(['the translation has "$_. PublicClient" where the English has "$_.PublicClient" (a space breaks it)']);
  });

  it('says what a changed URL gained (nb-NO outlook-com-recover-deleted-email 639a1-102)', () => {
    expect(messages(urlMismatch, 'nb-NO', 'outlook-com-recover-deleted-email', '639a1-102',
      'Gjenopprette slettede e-Outlook.com', 'Recover deleted email Outlook.com'))
      .toEqual(['"Outlook.com" became "e-Outlook.com" ("e-" added)']);
  });

  it('keeps listing what is missing and what is extra when they are not one change each (lv-LV single-user-not-seeing-add-ins-in-outlook 77514-105)', () => {
    expect(messages(placeholderMismatch, 'lv-LV', 'single-user-not-seeing-add-ins-in-outlook', '77514-105',
      'Get-ManagementRoleAssignment -RoleAssignee -user@domain.com deleg $falseating | Formatēt tabulu-automātiskā loma,RoleAssigneeName,RoleAssigneeType',
      'Get-ManagementRoleAssignment -RoleAssignee user@domain.com -Delegating $false | Format-Table -Auto Role,RoleAssigneeName,RoleAssigneeType'))
      .toEqual(['missing "-Delegating", "$false", "Format-Table", "-Auto"; not in the English "$falseating"']);
  });

  it('tells the difference only when the two have enough in common', () => {
    expect(difference('000000000000', '0000000000')).toBe('2 × "0" left out');
    expect(difference('John.Smith@Contoso.com', 'John.Smith@Contoso.comName')).toBe('"Name" added');
    expect(difference('Get-Mailbox', 'get-mailbox')).toBe('other letter case');
    expect(difference('user@contoso.com', 'User@contoso.com-HostedVoiceMail')).toBe('"-HostedVoiceMail" added; other letter case');
    expect(difference('<username>', '<brukernavn>')).toBeNull();
  });
});
