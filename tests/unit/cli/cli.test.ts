/**
 * The `pressmark` command line, run as a user runs it (a child process):
 * output shapes (README "Command line"), batches, errors and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../lib/export/csv';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (path: string) => join(root, 'tests/fixtures', path);
const CATL = fixture('pages/catl-henan.html');
const SEARCH = fixture('pages/search.html');

const pressmark = (...args: string[]) => {
  const run = spawnSync('node', ['lib/cli/pressmark.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('pressmark annotate', () => {
  it('prints one document with the article and offset-true annotations', () => {
    const { code, stdout } = pressmark('annotate', CATL, '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['source', 'url', 'lang', 'article', 'annotations']);
    expect(doc.lang).toBe('de');
    expect(Object.keys(doc.article)).toEqual(['title', 'byline', 'published', 'text']);
    expect(doc.annotations.length).toBeGreaterThan(10);
    for (const a of doc.annotations) {
      expect(['organization', 'commitment']).toContain(a.kind);
      expect(doc.article.text.slice(a.start, a.end)).toBe(a.exact);
      expect(a.confidence).toBeGreaterThan(0);
    }
    const catl = doc.annotations.find((a: { exact: string }) => a.exact === 'CATL');
    expect(catl.entity).toBe('Contemporary Amperex Technology Co., Limited');
    const commitment = doc.annotations.find((a: { kind: string }) => a.kind === 'commitment');
    expect(commitment).toHaveProperty('actor');
    expect(commitment).toHaveProperty('firmness');
  });

  it('carries on past bad inputs in a batch, names them, and exits 1', () => {
    const { code, stdout, stderr } = pressmark(
      'annotate',
      CATL,
      'missing.html',
      SEARCH,
      '--format',
      'jsonl',
    );
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).source).toBe(CATL);
    expect(stderr).toMatch(/\[1\/3\] .*catl-henan\.html: \d+ organizations, \d+ commitments/);
    expect(stderr).toMatch(/\[2\/3\] pressmark: missing\.html: ENOENT/);
    expect(stderr).toMatch(/\[3\/3\] pressmark: .*search\.html: no article found/);
    expect(stderr).toContain('2 of 3 inputs failed');
  });

  it('writes CSV with the extension’s columns', () => {
    const { code, stdout } = pressmark('annotate', CATL, '--format', 'csv');
    expect(code).toBe(0);
    const { data, meta } = Papa.parse<Record<string, string>>(stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(
      data.every((r) => r.origin === 'auto' && r.url?.startsWith('https://www.catl.example/')),
    ).toBe(true);
    expect(data.some((r) => r.kind === 'commitment' && r.actor === 'CATL')).toBe(true);
  });

  it('writes --out in one piece and says what it wrote', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pressmark-cli-')), 'out.json');
    const { code, stdout } = pressmark('annotate', CATL, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).article.title).toContain('Henan');
  });

  it('refuses bad usage with exit code 2', () => {
    expect(pressmark('annotate').code).toBe(2);
    expect(pressmark('annotate', CATL, '--format', 'xml').stderr).toContain(
      '--format must be one of json, jsonl, csv',
    );
    expect(pressmark('frobnicate').code).toBe(2);
  });
});

describe('pressmark anchor', () => {
  const corpus = (id: string, file: string) => fixture(`anchoring/${id}/${file}`);

  it.each([
    'en-words-changed-inside',
    'de-sentence-deleted',
    'zh-words-changed-inside',
    'de-boilerplate-changed',
  ])('reports states, texts and whether the article changed: %s', (id) => {
    const { code, stdout } = pressmark(
      'anchor',
      '--annotations',
      corpus(id, 'annotations.jsonld'),
      corpus(id, 'after.html'),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const expected = JSON.parse(readFileSync(corpus(id, 'expected.json'), 'utf8'));
    expect(report.changed).toBe(expected.changed);
    expect(
      report.annotations.map(({ id, status, exact }: Record<string, unknown>) => ({
        id,
        status,
        exact,
      })),
    ).toEqual(
      expected.annotations.map(({ id, status, exact }: Record<string, unknown>) => ({
        id,
        status,
        exact,
      })),
    );
    for (const a of report.annotations)
      if (a.status !== 'orphaned') expect(a.end - a.start).toBe(a.exact.length);
  });

  it('reads a single Annotation and an array as well as a collection', () => {
    const items = JSON.parse(
      readFileSync(corpus('de-sentence-deleted', 'annotations.jsonld'), 'utf8'),
    ).first.items;
    const dir = mkdtempSync(join(tmpdir(), 'pressmark-anchor-'));
    writeFileSync(join(dir, 'one.json'), JSON.stringify(items[1]));
    writeFileSync(join(dir, 'many.json'), JSON.stringify(items));
    const page = corpus('de-sentence-deleted', 'after.html');
    expect(
      JSON.parse(pressmark('anchor', '--annotations', join(dir, 'one.json'), page).stdout)
        .annotations,
    ).toHaveLength(1);
    expect(
      JSON.parse(pressmark('anchor', '--annotations', join(dir, 'many.json'), page).stdout).counts,
    ).toEqual({
      anchored: 1,
      fuzzy: 0,
      orphaned: 1,
    });
  });

  it('explains a malformed annotations file and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressmark-anchor-'));
    writeFileSync(join(dir, 'bad.json'), '{"type": "Annotation", "id": 5}');
    const { code, stderr } = pressmark('anchor', '--annotations', join(dir, 'bad.json'), CATL);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pressmark anchor: annotations: /);
  });

  it('refuses bad usage with exit code 2', () => {
    expect(pressmark('anchor', CATL).code).toBe(2);
  });
});
