/**
 * Checks of what a translation must carry over: text at all, numbers, URLs, links,
 * placeholders and markup. True positives and negatives are real segments (content/ or the
 * shared corpus, cited by document and segment id); a few are real segments edited on purpose.
 */
import { describe, expect, it } from 'vitest';
import { emptyTranslation } from '../../src/check/checks/empty-translation.js';
import { linkMismatch } from '../../src/check/checks/link-mismatch.js';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { untranslated } from '../../src/check/checks/untranslated.js';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { CONTENT, CORPUS, corpusOf, covered, editedCorpus, hasCorpus, hitsOf, readReal, realCorpus, unitOf } from './helpers.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const content = realCorpus(CONTENT, [
  TLS, 'tls-certificates', 'contact-support-fasttrack-assistance', 'cannot-access-public-folders',
  'set-up-insider-risk-management', 'includes/alchemyinsights-content-updates', 'activate-or-reactivate-a-subscription',
  'change-screen-brightness-in-windows-10', 'enable-or-disable-microsoft-bookings',
]);
/** One real file of content/, alone in its corpus, with `from` replaced by `to`. */
const edited = (locale: string, slug: string, from: string, to: string) => editedCorpus(CONTENT, slug, locale, from, to, [locale]);
const shared = (slugs: string[]) => realCorpus(CORPUS, slugs);

describe('empty-translation', () => {
  it('flags nb-NO prepare-for-use-of-tls-1-2 294fe-106 when its translated span is emptied', () => {
    const corpus = edited('nb-NO', TLS, 'Den endelige avskrivingsdatoen bestemmes av kundenes forbruk og gjeldende status for eldre TLS-sikkerhet.', '');
    const hits = hitsOf(emptyTranslation, corpus, TLS, 'nb-NO', '294fe-106');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/^the translation is empty/);
  });

  it('flags nb-NO 294fe-105 when only its bold markers are left ("****")', () => {
    const corpus = edited('nb-NO', TLS, '**Dette betyr ikke at Microsoft 365 vil blokkere TLS 1,0-og 1,1-tilkoblinger.**', '****');
    expect(hitsOf(emptyTranslation, corpus, TLS, 'nb-NO', '294fe-105')[0].message).toContain('only markup');
  });

  it('does not flag the real nb-NO 294fe-106 nor lv-LV troubleshoot-presence-issues-outlook 056c4-102 ("9257")', () => {
    expect(hitsOf(emptyTranslation, content, TLS, 'nb-NO', '294fe-106')).toEqual([]);
    const presence = realCorpus(CONTENT, ['troubleshoot-presence-issues-outlook']);
    expect(hitsOf(emptyTranslation, presence, 'troubleshoot-presence-issues-outlook', 'lv-LV', '056c4-102')).toEqual([]);
  });
});

describe('untranslated', () => {
  it('flags lv-LV contact-support-fasttrack-assistance 5c638-104, an English sentence left as is', () => {
    const hits = hitsOf(untranslated, content, 'contact-support-fasttrack-assistance', 'lv-LV', '5c638-104');
    expect(hits).toHaveLength(1);
    const target = unitOf(content, 'contact-support-fasttrack-assistance', 'lv-LV', '5c638-104').targets['lv-LV'];
    expect(covered(target, hits[0].highlights!.target![0])).toBe('You');
  });

  it('flags nb-NO contact-support-fasttrack-assistance 9b080-106 ("Microsoft FastTrack is here to make…")', () => {
    expect(hitsOf(untranslated, content, 'contact-support-fasttrack-assistance', 'nb-NO', '9b080-106')).toHaveLength(1);
  });

  it('does not flag commands with placeholders (lv-LV cannot-access-public-folders 3d4a5-107 "Set-Mailbox ProblemUser … \\<value from previous command>")', () => {
    expect(hitsOf(untranslated, content, 'cannot-access-public-folders', 'lv-LV', '3d4a5-107')).toEqual([]);
    expect(hitsOf(untranslated, content, 'cannot-access-public-folders', 'lv-LV', '3d4a5-106')).toEqual([]);
  });

  it('does not flag role and product names (nb-NO set-up-insider-risk-management 78b2b-110 "**Insider Risk Management Analysts**")', () => {
    expect(hitsOf(untranslated, content, 'set-up-insider-risk-management', 'nb-NO', '78b2b-110')).toEqual([]);
  });

  it('does not flag dates (lv-LV includes/alchemyinsights-content-updates unit 1456 "8/21/2019")', () => {
    expect(unitOf(content, 'includes/alchemyinsights-content-updates', 'lv-LV', '1456').targets['lv-LV']).toBe('8/21/2019');
    expect(hitsOf(untranslated, content, 'includes/alchemyinsights-content-updates', 'lv-LV', '1456')).toEqual([]);
  });
});

describe('number-mismatch', () => {
  it('flags nb-NO prepare-for-use-of-tls-1-2-in-office-365 294fe-102 "TLS 1,2" (a version keeps its dot)', () => {
    const hits = hitsOf(numberMismatch, content, TLS, 'nb-NO', '294fe-102');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toBe('version 1.2 is written 1,2 (versions keep the dot)');
    const unit = unitOf(content, TLS, 'nb-NO', '294fe-102');
    expect(covered(unit.targets['nb-NO'], hits[0].highlights!.target![0])).toBe('1,2');
    expect(covered(unit.sources['nb-NO'], hits[0].highlights!.source![0])).toBe('1.2');
  });

  it('flags nb-NO prepare-for-use-of-tls-1-2 294fe-105 "TLS 1,0-og 1,1-tilkoblinger"', () => {
    const [hit] = hitsOf(numberMismatch, content, TLS, 'nb-NO', '294fe-105');
    expect(hit.message).toBe('version 1.0 is written 1,0 (versions keep the dot); version 1.1 is written 1,1 (versions keep the dot)');
  });

  it('does not flag lv-LV prepare-for-use-of-tls-1-2 a4db7-103 "2018. gada 31. oktobri" for "October 31st, 2018"', () => {
    // The Latvian has no-break spaces after the ordinal dots, as Latvian typography wants.
    expect(unitOf(content, TLS, 'lv-LV', 'a4db7-103').targets['lv-LV']).toContain('2018.\u00a0gada 31.\u00a0oktobri');
    expect(hitsOf(numberMismatch, content, TLS, 'lv-LV', 'a4db7-103')).toEqual([]);
  });

  it('does not flag nb-NO 294fe-103 "31. oktober 2018" nor nb-NO includes c56e9-105 "22/7/2019" for "7/22/2019"', () => {
    expect(hitsOf(numberMismatch, content, TLS, 'nb-NO', '294fe-103')).toEqual([]);
    expect(hitsOf(numberMismatch, content, 'includes/alchemyinsights-content-updates', 'nb-NO', 'c56e9-105')).toEqual([]);
  });

  it('flags lv-LV tls-certificates 41ef5-103 "TLS 1,2"', () => {
    expect(hitsOf(numberMismatch, content, 'tls-certificates', 'lv-LV', '41ef5-103')[0].message).toContain('version 1.2 is written 1,2');
  });

  it('reads 12-hour English times as the 24-hour ones Latvian and Norwegian write ("2:30 PM" = 14:30 = 14.30)', () => {
    const withTime = (locale: string, id: string, english: string, translation: string) => corpusOf([{ locale, slug: TLS,
      text: `${readReal(CONTENT, locale, TLS)}\n<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>\n` }]);
    const clean = [
      ['lv-LV', 'a4db7-199', 'The update starts at 2:30 PM and ends at 9 a.m.', 'Atjaunināšana sākas plkst. 14:30 un beidzas plkst. 9.00.'],
      ['nb-NO', '294fe-199', 'The update starts at 2:30 PM and ends at 12 AM.', 'Oppdateringen starter kl. 14.30 og slutter kl. 00.00.'],
      ['nb-NO', '294fe-198', 'Meetings after 4 PM are moved.', 'Møter etter kl. 16 flyttes.'],
      ['lv-LV', 'a4db7-198', 'The update starts at 2:30 PM.', 'Atjaunināšana sākas plkst. 2:30 PM.'],
    ];
    for (const [locale, id, english, translation] of clean) {
      expect(hitsOf(numberMismatch, withTime(locale, id, english, translation), TLS, locale, id), translation).toEqual([]);
    }
    // A wrong hour is still wrong: 2:30 PM is not 15:30, nor is 9 AM 21.00.
    const wrong = withTime('lv-LV', 'a4db7-199', 'Starts at 2:30 PM, ends at 9 AM.', 'Sākas plkst. 15:30, beidzas plkst. 21.00.');
    expect(hitsOf(numberMismatch, wrong, TLS, 'lv-LV', 'a4db7-199')[0].message).toMatch(/2:30 is missing/);
  });

  it('reads Arabic-Indic digits: lv-LV a4db7-103 with "2018" written "٢٠١٨" passes, with "٢٠١٩" it is flagged', () => {
    const same = edited('lv-LV', TLS, 'Sākot ar 2018.', 'Sākot ar ٢٠١٨.');
    expect(hitsOf(numberMismatch, same, TLS, 'lv-LV', 'a4db7-103')).toEqual([]);
    const wrong = edited('lv-LV', TLS, 'Sākot ar 2018.', 'Sākot ar ٢٠١٩.');
    expect(hitsOf(numberMismatch, wrong, TLS, 'lv-LV', 'a4db7-103')[0].message).toBe('the translation has "٢٠١٩" where the English has "2018"');
  });

  describe.runIf(hasCorpus)('on the shared corpus', () => {
    const corpus = shared(['billing-for-reserved-instance-purchase', 'microsoft-stream-storage', 'create-an-org-wide-team', 'hybrid-mdm']);

    it('does not flag thousands and decimals written the local way (lv-LV 82a33-115 "50 000" for "$50,000", 73a6e-103 "0,5 GB")', () => {
      expect(hitsOf(numberMismatch, corpus, 'billing-for-reserved-instance-purchase', 'lv-LV', '82a33-115')).toEqual([]);
      expect(hitsOf(numberMismatch, corpus, 'microsoft-stream-storage', 'lv-LV', '73a6e-103')).toEqual([]);
      expect(hitsOf(numberMismatch, corpus, 'create-an-org-wide-team', 'nb-NO', '1ca8b-104')).toEqual([]);
    });

    it('flags nb-NO hybrid-mdm c13c0-103 "per september, 2019" for "as of September 1, 2019"', () => {
      expect(hitsOf(numberMismatch, corpus, 'hybrid-mdm', 'nb-NO', 'c13c0-103')[0].message).toBe('the day of the date "September 1, 2019" is missing (1)');
    });
  });
});

describe('url-mismatch', () => {
  const bookings = 'enable-or-disable-microsoft-bookings';
  const url = 'https://support.microsoft.com/lv-LV/office/get-access-to-microsoft-bookings-5382dc07-aaa5-45c9-8767-502333b214ce';
  const lvTarget = (replacement: string) => {
    const text = readReal(CONTENT, 'lv-LV', bookings);
    const at = text.indexOf(url);
    if (at === -1) throw new Error(`fixture text not found: ${url}`);
    // Only the translated span's copy of the URL changes; the English twin keeps it.
    return corpusOf([{ locale: 'lv-LV', slug: bookings, text: text.slice(0, at) + replacement + text.slice(at + url.length) }]);
  };

  it('accepts localizing the locale part of a link target (lv-LV 95287-108 /lv-LV/ → /en-us/)', () => {
    expect(hitsOf(urlMismatch, lvTarget(url.replace('/lv-LV/', '/en-us/')), bookings, 'lv-LV', '95287-108')).toEqual([]);
  });

  it('flags a link target moved to another locale\'s page (lv-LV 95287-108 /lv-LV/ → /de-de/)', () => {
    const hits = hitsOf(urlMismatch, lvTarget(url.replace('/lv-LV/', '/de-de/')), bookings, 'lv-LV', '95287-108');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/became ".*\/de-de\//);
  });

  it('does not flag the real nb-NO prepare-for-use-of-tls-1-2 294fe-109 link', () => {
    expect(hitsOf(urlMismatch, content, TLS, 'nb-NO', '294fe-109')).toEqual([]);
  });

  describe.runIf(hasCorpus)('on the shared corpus', () => {
    const corpus = shared(['outlook-com-recover-deleted-email', 'how-to-enable-hosted-voicemail', 'error-code-550-5-7-501-access-denied-spam-abuse-detected']);

    it('flags nb-NO outlook-com-recover-deleted-email 639a1-102 "e-Outlook.com" and lv-LV how-to-enable-hosted-voicemail b7b0f-107 "user@contoso.com-HostedVoiceMail"', () => {
      expect(hitsOf(urlMismatch, corpus, 'outlook-com-recover-deleted-email', 'nb-NO', '639a1-102')[0].message)
        .toBe('"Outlook.com" became "e-Outlook.com" ("e-" added)');
      expect(hitsOf(urlMismatch, corpus, 'how-to-enable-hosted-voicemail', 'lv-LV', 'b7b0f-107')[0].message)
        .toBe('no space between "user@contoso.com" and "-HostedVoiceMail" (PowerShell reads them as one word)');
    });

    it('does not flag "*.onmicrosoft.com*" written "*. onmicrosoft.com*" in text (lv-LV error-code-550-5-7-501 8765a-103)', () => {
      expect(hitsOf(urlMismatch, corpus, 'error-code-550-5-7-501-access-denied-spam-abuse-detected', 'lv-LV', '8765a-103')).toEqual([]);
    });
  });
});

describe('link-mismatch', () => {
  it('flags nb-NO activate-or-reactivate-a-subscription a2a27-114, whose link text is empty "[](…)"', () => {
    const hits = hitsOf(linkMismatch, content, 'activate-or-reactivate-a-subscription', 'nb-NO', 'a2a27-114');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/^1 link has empty link text/);
  });

  it.runIf(hasCorpus)('names the emptied link by its whole URL (nb-NO rename-your-onmicrosoft-domain ebec3-106), not a cut one', () => {
    const [hit] = hitsOf(linkMismatch, shared(['rename-your-onmicrosoft-domain']), 'rename-your-onmicrosoft-domain', 'nb-NO', 'ebec3-106');
    expect(hit.message).toContain('[](https://docs.microsoft.com/microsoft-365/admin/setup/add-domain)');
  });

  it('does not flag lv-LV activate-or-reactivate-a-subscription 20133-114, which kept text in its link', () => {
    expect(hitsOf(linkMismatch, content, 'activate-or-reactivate-a-subscription', 'lv-LV', '20133-114')).toEqual([]);
  });

  it('flags nb-NO 294fe-109 when the link becomes plain text with the URL in parentheses', () => {
    const corpus = edited('nb-NO', TLS, '[Klargjør for TLS 1.2 i Microsoft 365.](https://support.microsoft.com/help/4057306/preparing-for-tls-1-2-in-office-365)</span>',
      'Klargjør for TLS 1.2 i Microsoft 365. (https://support.microsoft.com/help/4057306/preparing-for-tls-1-2-in-office-365)</span>');
    expect(hitsOf(linkMismatch, corpus, TLS, 'nb-NO', '294fe-109')[0].message).toBe('the English has 1 link, the translation 0');
  });
});

describe('placeholder-mismatch', () => {
  it('does not flag lv-LV cannot-access-public-folders 3d4a5-111 "Set-CASMailbox <mailboxname> … $true vai $false"', () => {
    expect(hitsOf(placeholderMismatch, content, 'cannot-access-public-folders', 'lv-LV', '3d4a5-111')).toEqual([]);
  });

  it('flags lv-LV 3d4a5-111 when "<mailboxname>" is translated "<pastkastesnosaukums>"', () => {
    const corpus = edited('lv-LV', 'cannot-access-public-folders', 'Use Set-CASMailbox <mailboxname> -PublicFolderClientAccess $true vai $false',
      'Use Set-CASMailbox <pastkastesnosaukums> -PublicFolderClientAccess $true vai $false');
    expect(hitsOf(placeholderMismatch, corpus, 'cannot-access-public-folders', 'lv-LV', '3d4a5-111')[0].message)
      .toBe('the translation has "<pastkastesnosaukums>" where the English has "<mailboxname>"');
  });

  describe.runIf(hasCorpus)('on the shared corpus', () => {
    const corpus = shared(['recoverableitems-folder-is-full', 'solutions-for-error-30016-4', 'self-service-purchase-of-powershell']);

    it('flags nb-NO recoverableitems-folder-is-full c1cfa-113, the cmdlet "Search-Mailbox" translated "Søk – post boks"', () => {
      expect(hitsOf(placeholderMismatch, corpus, 'recoverableitems-folder-is-full', 'nb-NO', 'c1cfa-113')[0].message).toBe('missing "Search-Mailbox"');
    });

    it('flags lv-LV solutions-for-error-30016-4 66c03-103 "% temp%" for "%temp%"', () => {
      expect(hitsOf(placeholderMismatch, corpus, 'solutions-for-error-30016-4', 'lv-LV', '66c03-103')[0].message).toBe('missing "%temp%", "%ProgramFiles%"');
    });

    it('does not take "-The" in "*ErrorMessage -The underlying connection…*" for a parameter (nb-NO 7a5e0-107)', () => {
      expect(hitsOf(placeholderMismatch, corpus, 'self-service-purchase-of-powershell', 'nb-NO', '7a5e0-107')).toEqual([]);
    });
  });
});

describe('markup-mismatch', () => {
  it('flags nb-NO change-screen-brightness-in-windows-10 55c34-103, which lost the bold of "**Brightness slider**"', () => {
    const [hit] = hitsOf(markupMismatch, content, 'change-screen-brightness-in-windows-10', 'nb-NO', '55c34-103');
    expect(hit.message).toBe('bold: 1 in the English ("Brightness slider"), 0 in the translation');
  });

  it('does not flag lv-LV change-screen-brightness-in-windows-10 3a732-103, which kept "**spilgtuma slīdnis**" bold', () => {
    expect(hitsOf(markupMismatch, content, 'change-screen-brightness-in-windows-10', 'lv-LV', '3a732-103')).toEqual([]);
  });

  it.skipIf(!hasCorpus)('flags lv-LV app-registration-owner-issues b81f2-106 when its code `az ad app owner add` is translated', () => {
    const slug = 'app-registration-owner-issues';
    const corpus = editedCorpus(CORPUS, slug, 'lv-LV', 'lietošana - `az ad app owner add`', 'lietošana - `az ad programmas īpašnieks pievienot`', ['lv-LV']);
    expect(hitsOf(markupMismatch, corpus, slug, 'lv-LV', 'b81f2-106')[0].message).toBe('code "az ad app owner add" is not in the translation as written');
    expect(hitsOf(markupMismatch, realCorpus(CORPUS, [slug]), slug, 'lv-LV', 'b81f2-106')).toEqual([]);
  });
});
