/** `tolk align [--content DIR] [--json]`: the aligned corpus, with flags and totals. */
import { ContentError, contentFolderProblem, readAndAlign } from '../../pipeline.js';
import { excerpt } from '../../check/unit-text.js';
import { alignToJson } from '../../write/align-json.js';
import { plural } from '../../write/qa-shared.js';
import { contentPaths, shownDiagnostic } from '../content-paths.js';
import { bold, dim, formatDiagnostic, progress, stderrPaint, visible, yellow } from '../output.js';

export function alignCommand(options: { content: string; json?: boolean }): number {
  const problem = contentFolderProblem(options.content);
  if (problem) throw new ContentError(problem);
  const bar = progress('reading');
  const corpus = readAndAlign(options.content, { onProgress: bar.update });
  bar.done();
  const json = alignToJson(corpus);
  // Printed paths open from the current folder; the JSON's `file` stays relative to the content folder, as documented.
  const shown = contentPaths(options.content);
  if (options.json) {
    // What was not read is also said on stderr, as build and qa say it: `tolk align --json > x.json`
    // in a CI job left it only inside the file, and the log showed nothing.
    for (const d of corpus.diagnostics) process.stderr.write(`${formatDiagnostic(shownDiagnostic(d, shown), stderrPaint)}\n`);
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const out: string[] = [];
  for (const d of corpus.diagnostics) out.push(formatDiagnostic(shownDiagnostic(d, shown)));
  for (const doc of corpus.documents) {
    const present = corpus.locales.map((l) => (doc.locales[l] ? l : dim(`(${l} missing)`))).join(' ');
    const flagged = doc.units.filter((u) => u.flags.length > 0);
    out.push(`${bold(visible(doc.slug))}  ${present}  ${plural(doc.units.length, 'unit')}${flagged.length ? yellow(`, ${flagged.length} flagged`) : ''}`);
    for (const ld of Object.values(doc.locales)) for (const d of ld.doc.diagnostics) out.push(`  ${formatDiagnostic(shownDiagnostic(d, shown))}`);
    for (const u of flagged) {
      out.push(`  ${u.key}: ${u.flags.map((f) => `${f.flag}(${f.locale})`).join(', ')}  ${dim(visible(excerpt(u.source ?? '', 80)))}`);
    }
  }
  const t = json.totals;
  const perLocale = Object.entries(t.segments).map(([l, n]) => `${l} ${n}`).join(', ');
  out.push('', bold(`${plural(t.documents, 'document')}, ${plural(t.units, 'aligned unit')}; segments: ${perLocale}; ` +
    `flags: ${t.flags.missing} missing, ${t.flags.extra} extra, ${t.flags.merged} merged, ${t.flags.drift} drift`));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
