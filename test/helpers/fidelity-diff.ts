/** A short, readable diff of two normalized pages (one block tag a line), for failure messages. */

const CONTEXT = 2;
const SHOWN = 8;
const WIDTH = 240;
/** Characters kept before the first differing one, when a long changed line is cut. */
const LEAD = 100;

/** The line cut to WIDTH characters, starting a little before `focus`. */
function clip(line: string, focus = 0): string {
  const from = Math.max(0, Math.min(focus - LEAD, line.length - WIDTH));
  const cut = line.slice(from, from + WIDTH);
  return `${from > 0 ? '…' : ''}${cut}${from + WIDTH < line.length ? '…' : ''}`;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The region between the common first and last lines, with a little context, `-` reference `+` tolk. */
export function lineDiff(reference: string, tolk: string): string {
  const a = reference.split('\n');
  const b = tolk.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  // Long lines that differ late (a space before <br>) are cut around where they start to differ.
  const focus = firstDifference(a[start] ?? '', b[start] ?? '');
  const out: string[] = [];
  for (let i = Math.max(0, start - CONTEXT); i < start; i++) out.push(`  ${clip(a[i])}`);
  const side = (lines: string[], from: number, to: number, sign: string): void => {
    for (let i = from; i < Math.min(to, from + SHOWN); i++) out.push(`${sign} ${clip(lines[i], i === from ? focus : 0)}`);
    if (to - from > SHOWN) out.push(`${sign} … ${to - from - SHOWN} more lines`);
  };
  side(a, start, endA, '-');
  side(b, start, endB, '+');
  return out.join('\n');
}
