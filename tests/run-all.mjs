#!/usr/bin/env node
// `npm test`: everything that must pass before a change lands, in order,
// failing fast: types, lint, unit tests, store-ready zips, e2e builds, then
// the browser suites in real Chromium and Firefox. Prints a timing summary.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['biome', 'ci', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts']],
  ['store zips (chrome, firefox)', 'npm', ['run', '-s', 'zip']],
  ['e2e build (chrome)', 'npx', ['wxt', 'build', '--mode', 'e2e']],
  ['e2e build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']],
  ['browser tests', 'npx', ['vitest', 'run', '--config', 'tests/vitest.e2e.config.ts']],
];

const only = process.argv.slice(2);
const timings = [];
const started = Date.now();
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const t0 = Date.now();
  const { status, error } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CI: '1' },
  });
  const seconds = (Date.now() - t0) / 1000;
  timings.push([name, seconds, status === 0]);
  if (status !== 0) {
    process.stderr.write(`\n✗ ${name} failed${error ? `: ${error.message}` : ''}\n`);
    break;
  }
}
process.stdout.write('\nSummary\n');
for (const [name, seconds, ok] of timings) {
  process.stdout.write(
    `  ${ok ? '✓' : '✗'} ${name.padEnd(30)} ${seconds.toFixed(1).padStart(6)} s\n`,
  );
}
process.stdout.write(`  total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exitCode = timings.every(([, , ok]) => ok) && timings.length > 0 ? 0 : 1;
