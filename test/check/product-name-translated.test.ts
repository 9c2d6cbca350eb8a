/**
 * product-name: "Teams" or "Stream" translated as the English word (lv "grupu sapulce" for "Teams
 * meeting", nb "Strøm" for "Stream"), so the reader looks for an app that does not exist. Segments
 * are real (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { productName } from '../../src/check/checks/product-name.js';
import { checks } from '../../src/check/registry.js';
import { messagesOnSegment } from './helpers.js';

const messages = messagesOnSegment(productName);

const PLANNER_EN = "You'll receive instructions for determining your organization's network requirements by using the Network Planner tool and the Teams advisor within the Teams admin center.";

describe('product-name', () => {
  it('is one of the checks tolk qa runs', () => {
    expect(checks.map((c) => c.id)).toContain('product-name');
  });

  it('flags lv-LV cant-join-teams-meeting f240a-102, "Teams meeting" written "grupu sapulcei"', () => {
    expect(messages('lv-LV', 'cant-join-teams-meeting', 'f240a-102', 'Nevar pievienoties grupu sapulcei', 'Can’t join Teams meeting'))
      .toEqual(['"Teams" (a product name) is not in the translation; keep it as in English']);
  });

  it('flags nb-NO cant-find-the-teams-meeting-recording faa45-104, "Stream" written "Strøm"', () => {
    expect(messages('nb-NO', 'cant-find-the-teams-meeting-recording', 'faa45-104',
      'Innspillinger finnes i Strøm, OneDrive eller SharePoint avhengig av hvordan leieren er konfigurert og om innspillingen var for et kanalmøte.',
      'Recordings are found in Stream, OneDrive, or SharePoint depending on how your tenant is configured and if the recording was for a Channel meeting.'))
      .toEqual(['"Stream" (a product name) is not in the translation; keep it as in English']);
  });

  it('flags nb-NO get-access-to-microsoft-bookings 8e1c3-109, whose link text says Teams where the English says Bookings (the URL keeps "bookings")', () => {
    expect(messages('nb-NO', 'get-access-to-microsoft-bookings', '8e1c3-109',
      'Hvis du vil ha mer informasjon, kan du se [Få tilgang til Microsoft Teams](https://support.microsoft.com/en-us/office/get-access-to-microsoft-bookings-5382dc07-aaa5-45c9-8767-502333b214ce).',
      'For more info, see [Get access to Microsoft Bookings](https://support.microsoft.com/en-us/office/get-access-to-microsoft-bookings-5382dc07-aaa5-45c9-8767-502333b214ce).'))
      .toEqual(['"Bookings" (a product name) is not in the translation; keep it as in English']);
  });

  it('passes the names kept, also in a compound (nb-NO teams-theme-catchall 4831b-104), and the Network Planner tool, whose name is localized', () => {
    expect(messages('nb-NO', 'teams-theme-catchall', '4831b-104',
      'Du vil motta instruksjoner for å fastslå organisasjonens nettverkskrav ved hjelp av Nettverksplanlegger-verktøyet og Teams-rådgiveren i administrasjonssenteret for Teams.',
      PLANNER_EN)).toEqual([]);
    expect(messages('lv-LV', 'teams-theme-catchall', 'f328e-104',
      'Jūs saņemsit norādījumus, kā noteikt jūsu organizācijas tīkla prasības, izmantojot tīkla plānotāja rīku un Teams padomnieku Teams administrēšanas centrā.',
      PLANNER_EN)).toEqual([]);
  });

  it('does not take a word in code or a URL for the name', () => {
    expect(messages('lv-LV', 'x', 'a-101', 'Palaidiet `Get-Team` un skatiet [šo rakstu](https://docs.microsoft.com/microsoftteams/Teams).',
      'Run `Get-Team` and see [this article](https://docs.microsoft.com/microsoftteams/Teams).')).toEqual([]);
  });
});
