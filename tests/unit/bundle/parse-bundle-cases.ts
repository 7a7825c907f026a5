/**
 * Files `parseBundle` must refuse, each with the exact message a user sees.
 * A case starts from a valid bundle (see `validBundle`) and changes one
 * thing at a path, or gives the file's text outright.
 */
import type { PathKey } from '../../../lib/bundle/data-path';
import { at, note } from './records';

export interface RejectCase {
  /** The whole file's text, instead of a changed valid bundle. */
  text?: string;
  /** Sets a value (as an own property, even `__proto__`) in the valid bundle. */
  set?: [PathKey[], unknown];
  /** Deletes a key from the valid bundle. */
  remove?: PathKey[];
  maxBytes?: number;
  /** The message, exactly, or a pattern when it quotes the JSON engine. */
  error: string | RegExp;
}

const A = ['pressmark', 'annotations'] as const;
const FORBIDDEN = 'keys named __proto__, constructor or prototype are not allowed';
const ISO = 'expected an ISO 8601 date and time with time zone';

export const rejectCases: Record<string, RejectCase> = {
  'malformed JSON': { text: '{"pressmark": {"format": ', error: /^not valid JSON \(.+\)$/ },
  'an empty file': { text: '', error: /^not valid JSON/ },
  'another program’s file': {
    set: [['pressmark', 'format'], 'hypothesis-export'],
    error: 'pressmark.format: expected "pressmark-bundle", got "hypothesis-export"',
  },
  'a newer bundle version': {
    set: [['pressmark', 'version'], 2],
    error: 'this bundle is version 2; this Pressmark reads version 1',
  },
  'a version written as text': {
    set: [['pressmark', 'version'], '1'],
    error: 'pressmark.version: expected a number',
  },
  'a pressmark block that is not an object': {
    set: [['pressmark'], []],
    error: 'pressmark: expected an object',
  },
  'a file over the size limit': {
    maxBytes: 1000,
    text: JSON.stringify({ pressmark: { padding: 'x'.repeat(1000) } }),
    error: 'the file is larger than 1000 bytes, the most Pressmark imports',
  },
  'a file under the limit in characters but over it in UTF-8 bytes': {
    maxBytes: 1000,
    text: JSON.stringify(['ä'.repeat(600)]),
    error: 'the file is larger than 1000 bytes, the most Pressmark imports',
  },
  '__proto__ at the top level': {
    text: '{"__proto__": {"polluted": true}, "pressmark": {}}',
    error: `__proto__: ${FORBIDDEN}`,
  },
  '__proto__ inside an annotation': {
    set: [[...A, 1, '__proto__'], { polluted: true }],
    error: `pressmark.annotations[1].__proto__: ${FORBIDDEN}`,
  },
  '__proto__ inside a selector': {
    set: [[...A, 0, 'selectors', 0, '__proto__'], { polluted: true }],
    error: `pressmark.annotations[0].selectors[0].__proto__: ${FORBIDDEN}`,
  },
  'constructor inside detection facts': {
    set: [[...A, 2, 'detection', 'constructor'], { prototype: { polluted: true } }],
    error: `pressmark.annotations[2].detection.constructor: ${FORBIDDEN}`,
  },
  'prototype deep in history': {
    set: [[...A, 0, 'history'], [{ selectors: [{}, { prototype: { polluted: true } }] }]],
    error: `pressmark.annotations[0].history[0].selectors[1].prototype: ${FORBIDDEN}`,
  },
  '__proto__ in the W3C part': {
    set: [['first', 'items', 0, 'target', '__proto__'], { polluted: true }],
    error: `first.items[0].target.__proto__: ${FORBIDDEN}`,
  },
  'a missing field': {
    remove: [...A, 0, 'updated'],
    error: 'pressmark.annotations[0].updated: is missing',
  },
  'missing pages': { remove: ['pressmark', 'pages'], error: 'pressmark.pages: is missing' },
  'an offset written as text': {
    set: [[...A, 3, 'selectors', 0, 'start'], '5'],
    error: 'pressmark.annotations[3].selectors[0].start: expected a number',
  },
  'a negative offset': {
    set: [[...A, 0, 'selectors', 1, 'start'], -1],
    error: 'pressmark.annotations[0].selectors[1].start: must not be negative',
  },
  'a fractional offset': {
    set: [[...A, 0, 'selectors', 1, 'end'], 54.5],
    error: 'pressmark.annotations[0].selectors[1].end: expected a whole number',
  },
  'an end before its start': {
    set: [[...A, 0, 'selectors', 1, 'end'], 10],
    error: 'pressmark.annotations[0].selectors[1].end: must not be before start',
  },
  'an unknown selector type': {
    set: [[...A, 0, 'selectors', 0, 'type'], 'XPathSelector'],
    error:
      'pressmark.annotations[0].selectors[0].type: expected ("TextQuoteSelector" | "TextPositionSelector"), got "XPathSelector"',
  },
  'an unknown kind': {
    set: [[...A, 0, 'kind'], 'highlight'],
    error:
      'pressmark.annotations[0].kind: expected ("note" | "organization" | "commitment"), got "highlight"',
  },
  'an unknown origin': {
    set: [[...A, 0, 'origin'], 'robot'],
    error: 'pressmark.annotations[0].origin: expected ("user" | "auto"), got "robot"',
  },
  'an unknown review verdict': {
    set: [[...A, 1, 'review'], 'maybe'],
    error:
      'pressmark.annotations[1].review: expected ("pending" | "accepted" | "corrected" | "dismissed"), got "maybe"',
  },
  'an unknown firmness': {
    set: [[...A, 2, 'detection', 'firmness'], 'likely'],
    error:
      'pressmark.annotations[2].detection.firmness: expected ("firm" | "intent" | "conditional"), got "likely"',
  },
  'a confidence above 1': {
    set: [[...A, 1, 'detection', 'confidence'], 1.5],
    error: 'pressmark.annotations[1].detection.confidence: must be between 0 and 1',
  },
  'a date that is not ISO 8601': {
    set: [[...A, 0, 'created'], '26.11.2026'],
    error: `pressmark.annotations[0].created: ${ISO}`,
  },
  'a date without a time zone': {
    set: [[...A, 0, 'deleted'], '2026-11-26T10:00:00'],
    error: `pressmark.annotations[0].deleted: ${ISO}`,
  },
  'an empty id': {
    set: [[...A, 0, 'id'], ''],
    error: 'pressmark.annotations[0].id: must not be empty',
  },
  'an overlong note': {
    set: [[...A, 0, 'note'], 'x'.repeat(200_001)],
    error: 'pressmark.annotations[0].note: is longer than 200000 characters',
  },
  'too many tags': {
    set: [[...A, 0, 'tags'], Array.from({ length: 501 }, (_, i) => `t${i}`)],
    error: 'pressmark.annotations[0].tags: has more than 500 items',
  },
  'tags that are not a list': {
    set: [[...A, 0, 'tags'], 'capex'],
    error: 'pressmark.annotations[0].tags: expected an array',
  },
  'a bad version in history': {
    set: [[...A, 0, 'history'], [{ ...note(), updated: 5 }]],
    error: 'pressmark.annotations[0].history[0].updated: expected a string',
  },
  'page aliases that are not a list': {
    set: [['pressmark', 'pages', 0, 'aliases'], 'https://a.example'],
    error: 'pressmark.pages[0].aliases: expected an array',
  },
  'a snapshot that is not base64': {
    set: [['pressmark', 'pages', 0, 'snapshot'], 'not base64!'],
    error: 'pressmark.pages[0].snapshot: expected base64 text (deflated article text)',
  },
  'an author that is a number': {
    set: [['pressmark', 'author'], 7],
    error: 'pressmark.author: expected a string',
  },
  'neither a bundle nor W3C annotations': {
    text: '{"annotations": []}',
    error:
      '(top level): not a Pressmark bundle or a W3C Web Annotation file (no "pressmark" block, and no AnnotationCollection, AnnotationPage or Annotation)',
  },
  'a W3C collection that only links to its pages': {
    text: '{"type": "AnnotationCollection", "first": "https://tool.example/c/1?page=0"}',
    error: 'first: the collection only links to its pages; they are not in this file',
  },
  'a W3C page that links to the next one': {
    text: '{"type": "AnnotationPage", "items": [], "next": "https://tool.example/c/1?page=1"}',
    error: 'next: the next page is only linked, not in this file',
  },
  'a W3C selector with an offset written as text': {
    text: JSON.stringify({
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:uuid:1', type: 'Annotation', target: 'https://a.example/1' },
          {
            id: 'urn:uuid:2',
            type: 'Annotation',
            target: {
              source: 'https://a.example/1',
              selector: [{ type: 'TextPositionSelector', start: '5', end: 9 }],
            },
          },
        ],
      },
    }),
    error: 'first.items[1].target.selector[0].start: expected a number',
  },
  'a W3C position selector that ends before it starts': {
    text: JSON.stringify([
      {
        id: 'urn:uuid:1',
        target: {
          source: 'https://a.example/1',
          selector: { type: 'TextPositionSelector', start: 9, end: 5 },
        },
      },
    ]),
    error: '[0].target.selector.end: must not be before start',
  },
  'a W3C annotation without a target': {
    text: JSON.stringify([{ id: 'urn:uuid:1', type: 'Annotation', created: at(0) }]),
    error: '[0].target: is missing',
  },
  'a W3C annotation without an id': {
    text: JSON.stringify([{ type: 'Annotation', target: 'https://a.example/1' }]),
    error: '[0].id: is missing',
  },
};
