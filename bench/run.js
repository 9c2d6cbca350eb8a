// `npm run bench`: each benchmark runs in its own process so peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benches = ['read-align.js', 'cli.js', 'site.js', 'qa.js', 'large-file.js'];
let failed = false;
for (const name of benches) {
  const file = fileURLToPath(new URL(name, import.meta.url));
  if (!existsSync(file)) continue;
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
