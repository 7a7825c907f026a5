import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, toAnnotationCollection, toWebAnnotation } from '../../../lib/export/jsonld';
import { at, commitment, ids, note, organization, page } from '../bundle/records';
import { jsonLdCases } from './jsonld-cases';

const COLLECTION_ID = '11111111-0000-4000-8000-000000000000';

describe('toWebAnnotation', () => {
  for (const [name, c] of Object.entries(jsonLdCases)) {
    it(`works for case: ${name}`, () => {
      expect(toWebAnnotation(c.annotation)).toEqual(c.expected);
    });
  }

  it('copies only the W3C selector fields, whatever else a stored selector has', () => {
    const loose = { type: 'TextPositionSelector', start: 1, end: 2, hint: 'x' } as const;
    const item = toWebAnnotation(note({ selectors: [loose] }));
    expect(item.target.selector).toEqual([{ type: 'TextPositionSelector', start: 1, end: 2 }]);
  });
});

describe('toAnnotationCollection', () => {
  const other = 'https://b.example/news/9';
  const annotations = [
    note(),
    organization(),
    commitment({ deleted: at(9), updated: at(9) }),
    note({ id: ids.other, pageId: other, url: other }),
  ];
  const collection = toAnnotationCollection(annotations, [page({ id: other }), page()], {
    label: 'Debrecen plant',
    id: COLLECTION_ID,
    generated: at(59),
  });

  it('is an AnnotationCollection with the anno.jsonld context, a label and a urn:uuid id', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({
      id: `urn:uuid:${COLLECTION_ID}`,
      type: 'AnnotationCollection',
      label: 'Debrecen plant',
      generated: at(59),
    });
  });

  it('embeds its one AnnotationPage as first, and points last at it', () => {
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.id.startsWith(collection.id)).toBe(true);
  });

  it('leaves tombstones out and counts what it exports', () => {
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((i) => i.id)).not.toContain(`urn:uuid:${ids.commitment}`);
  });

  it('lists releases in the given order, each in reading order', () => {
    expect(collection.first.items.map((i) => i.id)).toEqual([
      `urn:uuid:${ids.other}`,
      `urn:uuid:${ids.org}`,
      `urn:uuid:${ids.note}`,
    ]);
  });

  it('gives every item a type, a motivation, purposeful bodies and a source', () => {
    for (const item of collection.first.items) {
      expect(item.type).toBe('Annotation');
      expect(['highlighting', 'commenting', 'tagging', 'classifying']).toContain(item.motivation);
      for (const body of item.body ?? []) {
        expect(body.type).toBe('TextualBody');
        expect(['commenting', 'tagging', 'classifying', 'describing']).toContain(body.purpose);
      }
      expect(item.target.source).toMatch(/^https:\/\//);
    }
  });

  it('writes the same JSON for the same input', () => {
    const again = toAnnotationCollection(
      [...annotations].reverse(),
      [page({ id: other }), page()],
      {
        label: 'Debrecen plant',
        id: COLLECTION_ID,
        generated: at(59),
      },
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(collection));
  });

  it('makes a fresh collection id when none is given', () => {
    const a = toAnnotationCollection([], [], { label: 'x' });
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.total).toBe(0);
    expect(a.first.items).toEqual([]);
  });
});
