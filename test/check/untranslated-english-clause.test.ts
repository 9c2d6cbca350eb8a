/**
 * untranslated recall: a clause left in English inside a translation. Real segments of the shared
 * corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/check/checks/untranslated.js';
import { covered, hitsOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(untranslated);

describe('untranslated: English left inside a translation', () => {
  it('flags lv-LV windows-11-FAQ 739ff-104 and marks the English clause', () => {
    const target = 'Windows 11 ir visas power and security of Windows 10 with a redesigned and refreshed look.';
    const hits = hitsFor('lv-LV', 'windows-11-FAQ', '739ff-104', target,
      'Windows 11 has all the power and security of Windows 10 with a redesigned and refreshed look.');
    expect(hits.map((h) => h.message)).toEqual(['part of the translation is the English left untranslated: "power and security of Windows 10 with a redesigned and refreshed look"']);
    expect(covered(target, hits[0].highlights!.target![0])).toBe('power and security of Windows 10 with a redesigned and refreshed look');
  });

  it('flags nb-NO use-microsoft-intune-security-baselines-to-configure-windows-10-devices f8e23-109', () => {
    expect(hitsFor('nb-NO', 'use-microsoft-intune-security-baselines-to-configure-windows-10-devices', 'f8e23-109',
      'Sikkerhets baselines also help establish an end-to-end secure workflow in Microsoft 365.',
      'Security baselines also help establish an end-to-end secure workflow in Microsoft 365.')).toHaveLength(1);
  });

  it('does not flag a product name kept in English (nb-NO ransomware-attack-in-sharepoint 716d7-113)', () => {
    expect(hitsFor('nb-NO', 'ransomware-attack-in-sharepoint', '716d7-113',
      'Microsoft Defender for Office 365 for SharePoint, OneDrive og Teams',
      'Microsoft Defender for Office 365 for SharePoint, OneDrive and Teams')).toEqual([]);
  });

  it('does not read the letters of a GUID as English words (nb-NO deploying-add-ins-apps a40f3-117)', () => {
    expect(hitsFor('nb-NO', 'deploying-add-ins-apps', 'a40f3-117',
      "Kontroller at Microsoft 365 App Management Service (GUID: '0517ffae-825d-4aff-999e-3f2336b8a20a') er aktivert for brukere å logge på.",
      "Ensure that the Microsoft 365 App Management Service (GUID: '0517ffae-825d-4aff-999e-3f2336b8a20a') is enabled for users to sign in.")).toEqual([]);
  });
});
