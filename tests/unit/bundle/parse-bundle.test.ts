import { describe, expect, it } from 'vitest';
import { createBundle, parseBundle } from '../../../lib/bundle';
import type { PathKey } from '../../../lib/bundle/data-path';
import { toAnnotationCollection } from '../../../lib/export/jsonld';
import type { Annotation } from '../../../lib/model';
import { rejectCases } from './parse-bundle-cases';
import { at, commitment, ids, note, organization, page } from './records';
import { importCases } from './web-annotation-cases';

type Node = Record<PathKey, unknown>;

/** Four annotations (the last one lists its position selector first), tombstone and history included. */
const records = (): Annotation[] => [
  note({ history: [note({ note: 'first try', updated: at(-5) })] }),
  organization(),
  commitment({ deleted: at(30), updated: at(30) }),
  note({ id: ids.other, selectors: [...note().selectors].reverse() }),
];

function validBundle() {
  return createBundle({
    annotations: records(),
    pages: [page({ snapshot: 'c25hcHNob3Q=', snapshotFingerprint: 's1' })],
    author: 'Alice',
    now: at(59),
    label: 'Debrecen plant',
    id: '00000000-0000-4000-8000-000000000000',
  });
}

/** Walks to the parent of `path`, then lets `change` act on it and the last key. */
function atPath(
  root: unknown,
  path: readonly PathKey[],
  change: (parent: Node, key: PathKey) => void,
) {
  let node = root as Node;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  change(node, path[path.length - 1]!);
}

/** The text of the case's file. */
function fileText(c: (typeof rejectCases)[string]): string {
  if (c.text !== undefined) return c.text;
  const file: unknown = JSON.parse(JSON.stringify(validBundle()));
  if (c.set) {
    const [path, value] = c.set;
    // defineProperty: plain assignment of "__proto__" would change the prototype instead.
    atPath(file, path, (parent, key) =>
      Object.defineProperty(parent, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      }),
    );
  }
  if (c.remove) atPath(file, c.remove, (parent, key) => delete parent[key]);
  return JSON.stringify(file);
}

describe('parseBundle refuses bad files with the first problem and its path', () => {
  for (const [name, c] of Object.entries(rejectCases)) {
    it(`works for case: ${name}`, () => {
      const result = parseBundle(fileText(c), c.maxBytes ? { maxBytes: c.maxBytes } : undefined);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (typeof c.error === 'string') expect(result.error).toBe(c.error);
      else expect(result.error).toMatch(c.error);
    });
  }

  it('leaves Object.prototype alone whatever the file says', () => {
    for (const c of Object.values(rejectCases)) parseBundle(fileText(c));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseBundle reads Pressmark bundles', () => {
  it('gives back exactly the records that were exported (round trip)', () => {
    const result = parseBundle(JSON.stringify(validBundle()));
    expect(result).toEqual({
      ok: true,
      value: {
        source: 'pressmark-bundle',
        label: 'Debrecen plant',
        exported: at(59),
        author: 'Alice',
        pages: [page({ snapshot: 'c25hcHNob3Q=', snapshotFingerprint: 's1' })],
        annotations: records(),
      },
    });
  });

  it('keeps tombstones and history, which the W3C part leaves out', () => {
    const file = validBundle();
    expect(file.total).toBe(3);
    const result = parseBundle(JSON.stringify(file, null, 2));
    expect(result.ok && result.value.annotations.map((a) => Boolean(a.deleted))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(result.ok && result.value.annotations[0]?.history).toHaveLength(1);
  });

  it('does not carry our anchoring report to others', () => {
    const anchoring = { checked: at(1), fingerprint: 'f1', states: {}, changes: null };
    const file = createBundle({
      annotations: [],
      pages: [page({ anchoring })],
      author: null,
      now: at(2),
      label: 'x',
    });
    expect(file.pressmark.pages[0]).toEqual(page());
  });

  it('drops keys it does not know instead of storing them', () => {
    const file = JSON.parse(JSON.stringify(validBundle()));
    file.pressmark.annotations[0].color = 'red';
    file.pressmark.pages[0].secret = 'x';
    const result = parseBundle(JSON.stringify(file));
    expect(result.ok && 'color' in result.value.annotations[0]!).toBe(false);
    expect(result.ok && 'secret' in result.value.pages[0]!).toBe(false);
  });

  it('accepts a byte order mark and a file just under the size limit', () => {
    const text = JSON.stringify(validBundle());
    expect(parseBundle(`\ufeff${text}`).ok).toBe(true);
    expect(parseBundle(text, { maxBytes: text.length }).ok).toBe(true);
    expect(parseBundle(text, { maxBytes: text.length - 1 }).ok).toBe(false);
  });
});

describe('parseBundle reads W3C Web Annotation files from other tools', () => {
  for (const [name, c] of Object.entries(importCases)) {
    it(`works for case: ${name}`, () => {
      const result = parseBundle(JSON.stringify(c.file));
      if (!result.ok) throw new Error(result.error);
      expect(result.value.source).toBe('web-annotation');
      expect(result.value.annotations).toEqual(c.annotations);
      if (c.label !== undefined) expect(result.value.label).toBe(c.label);
      expect(result.value.pages.map((p) => p.id)).toEqual([
        ...new Set(c.annotations.map((a) => a.pageId)),
      ]);
    });
  }

  it('reads Pressmark’s own JSON-LD export back as notes with their comments and tags', () => {
    const collection = toAnnotationCollection([note(), organization()], [page()], {
      label: 'x',
      id: '1',
    });
    const result = parseBundle(JSON.stringify(collection));
    if (!result.ok) throw new Error(result.error);
    const byId = new Map(result.value.annotations.map((a) => [a.id, a]));
    const [mine, org] = [byId.get(ids.note), byId.get(ids.org)];
    expect(mine).toEqual({ ...note(), url: note().pageId, pageTitle: '' });
    expect(org).toMatchObject({ id: ids.org, kind: 'note', note: '', tags: [] });
  });

  it('makes page records from the targets, dated by their annotations', () => {
    const result = parseBundle(
      JSON.stringify(
        importCases['a Hypothesis-style collection with extra selectors, comment and tag']!.file,
      ),
    );
    expect(result.ok && result.value.pages).toEqual([
      {
        id: page().id,
        aliases: [page().id],
        title: '',
        lang: '',
        siteName: null,
        published: null,
        fingerprint: '',
        firstSeen: '2026-11-26T10:00:00.123Z',
        lastSeen: '2026-11-26T10:30:00.000Z',
      },
    ]);
  });
});
