// Times Pagefind indexing of a built site (advisory bodies only: pages mark data-pagefind-body).
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

const site = process.argv[2];
const start = performance.now();
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: site });
const written = await index.writeFiles({ outputPath: `${site}/pagefind-bench` });
const ms = performance.now() - start;
await pagefind.close();
const entry = JSON.parse(readFileSync(`${site}/pagefind-bench/pagefind-entry.json`, 'utf8'));
const languages = Object.keys(entry.languages ?? {}).join(', ');
console.log(JSON.stringify({ ms, pages: added.page_count, errors: [...(added.errors ?? []), ...(written.errors ?? [])].length, languages }));
