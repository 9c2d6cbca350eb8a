/** `tolk segments FILE [--json]`: one document's front matter, diagnostics and segments. */
import { readFileSync } from 'node:fs';
import { codeAndReason } from '../../fs-errors.js';
import { decodeFile } from '../../read/read-files.js';
import { readDocument } from '../../read/read-document.js';
import type { Diagnostic } from '../../model.js';
import { bold, dim, formatDiagnostic, UsageError, visible } from '../output.js';

export function segmentsCommand(file: string, options: { json?: boolean }): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a folder; give one markdown file (`tolk align --content DIR` reads a folder)'
        : codeAndReason(error);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  const decodeDiagnostics: Diagnostic[] = [];
  const { text, hasNul } = decodeFile(bytes, file, decodeDiagnostics);
  const doc = readDocument(text, { path: file, hasNul });
  const diagnostics = [...decodeDiagnostics, ...doc.diagnostics];
  const segments = doc.segments.map(({ id, key, target, source, line }) => ({ id, key, target, source, line }));
  if (options.json) {
    process.stdout.write(JSON.stringify({
      file, frontMatter: { status: doc.frontMatter.status, data: doc.frontMatter.data },
      diagnostics: diagnostics.map(({ severity, code, line, column, message }) => ({ severity, code, line, column, message })),
      segments,
    }, null, 2) + '\n');
    return 0;
  }
  // Names and text come from the file: control characters in them are shown, not sent to the terminal.
  const out: string[] = [bold(visible(file)), dim(`front matter: ${doc.frontMatter.status}`)];
  for (const [k, v] of Object.entries(doc.frontMatter.data)) out.push(visible(`  ${k}: ${JSON.stringify(v)}`));
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  for (const s of segments) {
    out.push(`${bold(visible(s.id))} ${dim(`line ${s.line}`)}`, visible(`  ${s.target}`), dim(visible(`  ${s.source ?? '(no English original)'}`)));
  }
  out.push(dim(`${segments.length} segments, ${diagnostics.length} diagnostics`));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
