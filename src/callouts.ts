/**
 * Docs callout markers (`> [!NOTE]`, …) and the kind of callout each names, in any case. Shared
 * by the renderer, which draws them, and the checks, which must not call a marker missing that
 * the page shows.
 */
export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

const KINDS: Record<string, CalloutKind> = {
  NOTE: 'note', TIP: 'tip', TIPS: 'tip', IMPORTANT: 'important', WARNING: 'warning', CAUTION: 'caution',
};

/** The kind a marker name (`TIPS`, `note`) stands for; null for a name Docs does not know. */
export function calloutKind(name: string | undefined): CalloutKind | null {
  return name ? KINDS[name.toUpperCase()] ?? null : null;
}
