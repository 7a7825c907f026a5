#!/usr/bin/env node
// `npm run bench`: speed and memory as ratios against a baseline measured in
// the same run (absolute times vary 2x between runs on shared machines).
// Each tests/bench/*.bench.ts default-exports an async function returning
// rows { name, value, baseline, unit, note? }; browser benches build and
// drive the e2e extension themselves. Results also go to .output/bench.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const dir = resolve(import.meta.dirname);
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const results = [];
for (const file of files) {
  process.stderr.write(`▶ ${file}\n`);
  const started = Date.now();
  const { default: run } = await tsImport(resolve(dir, file), import.meta.url);
  const rows = await run();
  for (const row of rows) results.push({ file, ...row, ratio: row.value / row.baseline });
  process.stderr.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const w = Math.max(4, ...results.map((r) => r.name.length));
console.log(
  `\n${'benchmark'.padEnd(w)}  ${'value'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(7)}  note`,
);
for (const r of results) {
  console.log(
    `${r.name.padEnd(w)}  ${`${fmt(r.value)} ${r.unit}`.padStart(10)}  ${`${fmt(r.baseline)} ${r.unit}`.padStart(10)}  ${r.ratio.toFixed(2).padStart(7)}  ${r.note ?? ''}`,
  );
}
mkdirSync(resolve(dir, '../../.output'), { recursive: true });
writeFileSync(resolve(dir, '../../.output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
