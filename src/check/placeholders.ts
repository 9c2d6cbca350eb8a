/**
 * What counts as a placeholder or code-like token that a translation must keep as written:
 * `<app>`, `\<value from previous command>`, `{0}`, `%APPDATA%`, `$true`, PowerShell cmdlets
 * (`Get-Mailbox`) and their parameters (`-Identity`).
 */

/** HTML tags that markdown segments use as markup; any other `<word>` is a placeholder. */
const KNOWN_TAGS = new Set([
  'a', 'abbr', 'b', 'br', 'code', 'del', 'div', 'em', 'i', 'img', 'kbd', 'li', 'mark', 'ol', 'p', 'pre',
  's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul',
]);

export const isKnownTag = (name: string): boolean => KNOWN_TAGS.has(name.toLowerCase());

/** PowerShell approved verbs plus the few unapproved ones Microsoft 365 modules use. */
const VERBS = [
  'Add', 'Approve', 'Assert', 'Backup', 'Block', 'Checkpoint', 'Clear', 'Close', 'Compare', 'Complete',
  'Compress', 'Confirm', 'Connect', 'Convert', 'ConvertFrom', 'ConvertTo', 'Copy', 'Debug', 'Delete', 'Deny',
  'Disable', 'Disconnect', 'Dismount', 'Edit', 'Enable', 'Enter', 'Exit', 'Expand', 'Export', 'Find',
  'Format', 'Get', 'Grant', 'Group', 'Hide', 'Import', 'Initialize', 'Install', 'Invoke', 'Join', 'Limit',
  'Lock', 'Measure', 'Merge', 'Mount', 'Move', 'New', 'Open', 'Optimize', 'Out', 'Ping', 'Pop', 'Preview',
  'Protect', 'Publish', 'Push', 'Read', 'Receive', 'Redo', 'Register', 'Release', 'Remove', 'Rename',
  'Repair', 'Request', 'Reset', 'Resize', 'Resolve', 'Restart', 'Restore', 'Resume', 'Revoke', 'Save',
  'Search', 'Select', 'Send', 'Set', 'Show', 'Skip', 'Split', 'Start', 'Step', 'Stop', 'Submit', 'Suspend',
  'Switch', 'Sync', 'Test', 'Trace', 'Unblock', 'Undo', 'Uninstall', 'Unlock', 'Unprotect', 'Unpublish',
  'Unregister', 'Update', 'Use', 'Validate', 'Wait', 'Watch', 'Where', 'Write',
];

/**
 * Cmdlet: approved verb, dash, a capitalized noun of 3+ characters with a lower-case letter (not
 * `Add-Ins`, `Read-Only`, `Open-Source`, `Join-AZURE`). A compound suffix after a dash is allowed
 * (nb "Set-Mailbox-aktiviteter").
 */
export const CMDLET = new RegExp(
  `(?<![\\w-])(?:${VERBS.join('|')})-(?!(?:Ins?|Ons?|Up|Out|Only|Source|Based|Related)\\b)(?=[A-Za-z0-9]{3})[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![\\w]|-[A-Z])`, 'g');

/** Parameter: `-Identity` after whitespace, `(`, `*` or a backtick, capitalized. */
export const PARAMETER = /(?<=^|[\s(*`])-[A-Z][A-Za-z0-9]+(?![\w]|-[A-Z])/g;

/**
 * A parameter-looking token is a parameter when the text has a cmdlet too, or when its name has
 * inner capitals (`-AllowCloudRecordingForCalls`); "ErrorMessage -The underlying…" is prose.
 */
export const isParameter = (name: string, textHasCmdlet: boolean): boolean => textHasCmdlet || /^-.+[A-Z]/.test(name);

/**
 * `<app>`, `<Group Name>`, `\<value from previous command>`, `<**tenantname**>` (bold inside the
 * brackets); not `< 5` and not HTML.
 */
export const ANGLE_PLACEHOLDER = /\\?<(?!\/)(\*{0,2}[A-Za-z_{$][^<>\n]{0,60}?)\\?>/g;

export const BRACE_PLACEHOLDER = /\{[A-Za-z0-9_.:,-]{1,40}\}/g;
export const PERCENT_VARIABLE = /%[A-Za-z_][A-Za-z0-9_]*%/g;
export const DOLLAR_VARIABLE = /\$[A-Za-z_]\w*(?::\w+)?(?:\.[A-Za-z_]\w*)*/g;

/**
 * Each pattern with a character it cannot match without. The order matters: angle
 * placeholders that are really HTML tags were already masked.
 */
export const PLACEHOLDER_PATTERNS: [RegExp, string][] = [
  [ANGLE_PLACEHOLDER, '<'], [BRACE_PLACEHOLDER, '{'], [PERCENT_VARIABLE, '%'], [DOLLAR_VARIABLE, '$'],
  [CMDLET, '-'], [PARAMETER, '-'],
];

/**
 * A placeholder as two texts are compared by it: PowerShell names are case-insensitive; `\<x>` is
 * the escaped spelling of `<x>`, and `<**x**>` the same placeholder in bold.
 */
export function comparablePlaceholder(token: string): string {
  const kind = placeholderKind(token);
  const plain = token.replace(/\\/g, '').replace(/^<\*+(.*?)\*+>$/, '<$1>');
  return kind === 'cmdlet' || kind === 'parameter' || kind === 'dollar' ? plain.toLowerCase() : plain;
}

export type PlaceholderKind = 'angle' | 'brace' | 'percent' | 'dollar' | 'cmdlet' | 'parameter';

export function placeholderKind(token: string): PlaceholderKind {
  const first = token[0] === '\\' ? token[1] : token[0];
  if (first === '<') return 'angle';
  if (first === '{') return 'brace';
  if (first === '%') return 'percent';
  if (first === '$') return 'dollar';
  if (first === '-') return 'parameter';
  return 'cmdlet';
}

/** Characters without which a pattern cannot match: a cheap test before running it. */
export const PLACEHOLDER_HINTS: [RegExp, RegExp][] = [
  [ANGLE_PLACEHOLDER, /</], [BRACE_PLACEHOLDER, /\{/], [PERCENT_VARIABLE, /%/], [DOLLAR_VARIABLE, /\$/],
  [CMDLET, /[a-z]-[A-Z]/], [PARAMETER, /(?:^|[\s(*`])-[A-Z]/],
];
