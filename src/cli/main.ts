/**
 * The `tolk` command line. Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or fatal error.
 */
import { Command, CommanderError } from 'commander';
import { ContentError } from '../pipeline.js';
import type { BuildCommandOptions } from './commands/build.js';
import type { QaCommandOptions } from './commands/qa.js';
import type { ServeCommandOptions } from './commands/serve.js';
import { printContentErrorDiagnostics } from './content-paths.js';
import { exitQuietlyWhenOutputCloses, stderrPaint, UsageError } from './output.js';
import { exitOnUncaughtErrors, writeFailureReported } from './signals.js';

// Each command's module is loaded when the command runs: the site build alone pulls in Eleventy
// (about 300 ms), which `tolk align`, `tolk qa` and `tolk --help` never need.

/** The options `build` and `serve` share: what to build, where, and which parts. */
function siteOptions(command: Command, outHelp: string): Command {
  return command
    .option('--content <dir>', 'folder of locale subfolders', 'content')
    .option('--out <dir>', outHelp, '_site')
    .option('--base <path>', 'URL path the site is served under', '/')
    .option('--no-search', 'skip the Pagefind search index and search pages (needed where Pagefind\'s program for this platform is not installed)')
    .option('--no-qa', 'skip the translation QA report page (qa/)');
}

/**
 * `--out --no-search`: commander takes the next option as the missing value, and the build would
 * write into a folder named `--no-search`. A value that is itself an option is refused instead.
 */
function refuseOptionsAsValues(command: Command): void {
  for (const option of command.options) {
    const value: unknown = command.getOptionValue(option.attributeName());
    if (option.required && typeof value === 'string' && value.startsWith('--') && command.getOptionValueSource(option.attributeName()) === 'cli') {
      throw new UsageError(`option ${option.flags} needs a value, but "${value}" follows it, which is an option`);
    }
  }
}

/**
 * commander's error as one line, as tolk's other errors are, with what to do: "tolk: unknown option
 * '--contnet' (did you mean --content?); run `tolk build --help` for usage". Its own form
 * took three lines, the hint to the help on a line of its own in brackets.
 */
function oneLineError(help: string): (text: string, write: (text: string) => void) => void {
  return (text, write) => {
    const [what, ...more] = text.trim().replace(/^error: /, '').split('\n');
    const suggestions = more.map((line) => line.replace(/^\((.*)\)$/, '$1').replace(/^Did you/, 'did you')).filter(Boolean);
    write(`tolk: ${what.replace(/\.$/, '')}${suggestions.length ? ` (${suggestions.join('; ')})` : ''}; run \`${help}\` for usage\n`);
  };
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyWhenOutputCloses();
  exitOnUncaughtErrors();
  let exitCode = 0;
  const program = new Command('tolk')
    .description('Localized documentation sites and translation QA from bilingual span markup')
    .version('0.1.0')
    .exitOverride()
    // "tolk: unknown command 'biuld' …", as tolk's other errors begin (commander says "error:").
    .configureOutput({ outputError: oneLineError('tolk --help') })
    .addHelpText('after', '\nExit codes: 0 ok, 1 findings at or above --fail-on (tolk qa; tolk build: problems it printed), 2 usage or fatal error.\n' +
      'Problems in the input are reported as file:line:column and never stop a run.');

  program.command('segments')
    .description("print one document's front matter, diagnostics and segments")
    .argument('<file>', 'a markdown file in bilingual span markup')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { json?: boolean }) => {
      exitCode = (await import('./commands/segments.js')).segmentsCommand(file, opts);
    });

  program.command('align')
    .description('print the aligned corpus: documents, locales, aligned units with flags, totals')
    .option('--content <dir>', 'folder of locale subfolders', 'content')
    .option('--json', 'machine-readable output (shape documented in the README)')
    .action(async (opts: { content: string; json?: boolean }) => {
      exitCode = (await import('./commands/align.js')).alignCommand(opts);
    });

  siteOptions(program.command('build'), 'output folder (its contents replaced when the build succeeds)')
    .description('build the static advisory site (every language plus English) with Eleventy and Pagefind')
    .option('--site-url <url>', 'absolute origin for canonical links and the sitemap, e.g. https://example.org')
    .option('--fail-on <level>', 'exit 1 (site built all the same) when a problem the build prints is at or above: error, warning, info or never; ' +
      'findings of the translation checks: tolk qa', 'never')
    .action(async (opts: BuildCommandOptions) => {
      exitCode = await (await import('./commands/build.js')).buildCommand(opts);
    });

  siteOptions(program.command('serve'), 'output folder (its contents replaced by each build that succeeds)')
    .description('build the site, serve it on 127.0.0.1 and rebuild it when the content changes (open pages reload)')
    .option('--port <n>', 'port on 127.0.0.1; 0 picks a free one (default: 8080, or the next free one when it is taken)')
    .option('--site-url <url>', 'as for build: the site in --out stays the one you deploy, sitemap and canonical links included')
    .action(async (opts: ServeCommandOptions) => {
      exitCode = await (await import('./commands/serve.js')).serveCommand(opts);
    });

  program.command('qa')
    .description('check the translations and report findings (exit 1 when a finding reaches --fail-on)')
    .option('--content <dir>', 'folder of locale subfolders', 'content')
    .option('--format <format>', 'text, json, csv, sarif or xliff', 'text')
    .option('--out <file>', 'write the report to a file (XLIFF: one file per locale) instead of stdout')
    .option('--fail-on <level>', 'exit 1 on a non-waived finding at or above: error, warning, info or never', 'error')
    .option('--config <file>', 'QA configuration (default: tolk.config.json or the "tolk" key of package.json here)')
    .option('--locale <locale>', 'report only this locale\'s findings (summary and exit code too); XLIFF: the one file to write')
    .action(async (opts: QaCommandOptions) => {
      exitCode = (await import('./commands/qa.js')).qaCommand(opts);
    });

  // A mistake in `tolk qa …` points to the help of qa, which lists its options, not to the list of commands.
  for (const command of program.commands) command.configureOutput({ outputError: oneLineError(`tolk ${command.name()} --help`) });
  program.hook('preAction', (_program, command) => refuseOptionsAsValues(command));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof ContentError) {
      writeFailureReported();
      if (error instanceof ContentError) printContentErrorDiagnostics(error);
      process.stderr.write(`${stderrPaint.red('tolk:')} ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`${stderrPaint.red('tolk: internal error:')} ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
