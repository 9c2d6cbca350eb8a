import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { lastLine } from './helpers.js';

// One advisory pair (real, from the corpus): the counts say "1 document", not "1 documents".
describe('tolk align counts', () => {
  it('writes singular and plural counts as a reader says them', () => {
    const r = tolk(['align', '--content', join(ROOT, 'test/fixtures/data-image')]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toMatch(/^1 document, \d+ aligned units; segments: lv-LV \d+, nb-NO \d+; flags: /);
    expect(r.stdout).toMatch(/^outlook-com-view-message-source {2}lv-LV nb-NO {2}\d+ units/m);
  });
});
