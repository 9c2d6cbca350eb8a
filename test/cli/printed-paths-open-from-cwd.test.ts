/**
 * A diagnostic or finding printed as `lv-LV/x.md:24:1` named its file from the content folder, so
 * after `--content ../shared/corpus/alchemy-insights` (or the default `content/`) a terminal's
 * click-through, an editor's problem matcher or a CI annotation could not open it. Printed lines
 * now name the file from the folder tolk ran in; the JSON, CSV and SARIF reports keep their
 * documented paths.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A real advisory whose front matter the pipeline wrapped in spans: a warning in every locale. */
const FIXTURE = join(ROOT, 'test/fixtures/front-matter-wrapped');
const FILE = 'troubleshoot-presence-issues-outlook.md';

/** `project/` to run in, and the content beside it in `shared/corpus/`, with a folder tolk does not read. */
function layout(): { project: string; corpus: string } {
  const root = tempDir('tolk-printed-paths-');
  const project = join(root, 'project');
  const corpus = join(root, 'shared', 'corpus');
  mkdirSync(project);
  cpSync(FIXTURE, corpus, { recursive: true });
  mkdirSync(join(corpus, 'docs'));
  writeFileSync(join(corpus, 'docs', 'notes.md'), '# notes\n');
  cpSync(FIXTURE, join(project, 'content'), { recursive: true });
  return { project, corpus };
}

/** The place each printed diagnostic or finding line starts with: `path:line[:column]`. */
function printedPaths(output: string): string[] {
  return output.split('\n').map((line) => /^\s*(\S+?):\d+(?::\d+:)? /.exec(line)?.[1]).filter((p): p is string => p !== undefined);
}

function expectAllOpenFrom(cwd: string, output: string, atLeast: number): string[] {
  const paths = printedPaths(output);
  expect(paths.length).toBeGreaterThanOrEqual(atLeast);
  for (const path of paths) expect(existsSync(resolve(cwd, path)), `${path} from ${cwd}`).toBe(true);
  return paths;
}

describe('printed paths open from the folder tolk ran in', () => {
  let project: string;
  beforeAll(() => { ({ project } = layout()); });

  it('tolk align: the diagnostics, and what was not read, with --content ../shared/corpus', () => {
    const r = tolk(['align', '--content', '../shared/corpus'], project);
    expect(r.code).toBe(0);
    const paths = expectAllOpenFrom(project, r.stdout, 3);
    expect(paths).toContain(`../shared/corpus/lv-LV/${FILE}`);
    expect(paths).toContain('../shared/corpus/docs/');
  });

  it('tolk align --json: stderr names files from here, the JSON from the content folder (its contract)', () => {
    const r = tolk(['align', '--content', '../shared/corpus', '--json'], project);
    expect(r.code).toBe(0);
    expect(expectAllOpenFrom(project, r.stderr, 1)).toEqual(['../shared/corpus/docs/']);
    const json = JSON.parse(r.stdout);
    expect(json.documents[0].locales['lv-LV'].file).toBe(`lv-LV/${FILE}`);
    expect(json.diagnostics[0].file).toBe('docs/');
  });

  it('tolk qa: the text report\'s findings and the not-read lines on stderr; the default content/ too', () => {
    const away = tolk(['qa', '--content', '../shared/corpus', '--fail-on', 'warning'], project);
    expect(away.code).toBe(1);
    expect(expectAllOpenFrom(project, away.stdout, 2)).toContain(`../shared/corpus/nb-NO/${FILE}`);
    expect(expectAllOpenFrom(project, away.stderr, 1)).toEqual(['../shared/corpus/docs/']);
    expect(away.stderr).toMatch(/about content not read, so not checked: \.\.\/shared\/corpus\/docs\//);
    const here = tolk(['qa'], project);
    expect(expectAllOpenFrom(project, here.stdout, 2)).toContain(`content/lv-LV/${FILE}`);
  });

  it('tolk qa --format json and sarif keep their documented paths', () => {
    const json = JSON.parse(tolk(['qa', '--format', 'json', '--content', '../shared/corpus'], project).stdout);
    expect(json.documents[0].locales['lv-LV'].file).toBe(`lv-LV/${FILE}`);
    expect(json.notRead[0].file).toBe('docs/');
    const sarif = JSON.parse(tolk(['qa', '--format', 'sarif'], project).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `content/lv-LV/${FILE}`, uriBaseId: 'SRCROOT' });
  });

  it('tolk build: the warnings and the --fail-on line', () => {
    const r = tolk(['build', '--content', '../shared/corpus', '--out', '../site', '--no-search', '--no-qa', '--fail-on', 'warning'], project);
    expect(r.code).toBe(1);
    const paths = expectAllOpenFrom(project, r.stderr, 3);
    expect(paths).toContain(`../shared/corpus/nb-NO/${FILE}`);
    expect(r.stderr).toMatch(/at or above --fail-on warning, in \.\.\/shared\/corpus\/docs\/, \.\.\/shared\/corpus\/lv-LV\//);
  });

  it('an absolute --content outside the current folder is named absolute; tolk segments names the file as given', () => {
    const { corpus } = layout();
    const r = tolk(['align', '--content', corpus], project);
    expect(expectAllOpenFrom(project, r.stdout, 3)).toContain(join(corpus, 'lv-LV', FILE));
    const segments = tolk(['segments', `content/nb-NO/${FILE}`], project);
    expect(expectAllOpenFrom(project, segments.stdout, 1)).toEqual([`content/nb-NO/${FILE}`]);
  });
});
