/**
 * tolk is also a library: `import { readDocument, writeDocument } from 'tolk'` resolves from the
 * project root (package.json's exports), and a document written back is the file it was read from.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/corpus.js';

describe('library entry', () => {
  it("import { readDocument, writeDocument } from 'tolk' works from the project root", () => {
    const script = `import { readDocument, writeDocument } from 'tolk';
      const text = process.env.TOLK_TEXT;
      const doc = readDocument(text, { path: 'x.md' });
      process.stdout.write(JSON.stringify({ same: writeDocument(doc) === text, n: doc.segments.length }));`;
    const text = readFileSync(join(CONTENT, 'lv-LV/were-here-to-help.md'), 'utf8');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TOLK_TEXT: text } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ same: true, n: text.split('data-ttu-id=').length - 1 });
  });
});
