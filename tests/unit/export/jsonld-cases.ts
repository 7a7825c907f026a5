/**
 * One annotation in, one W3C Web Annotation out, written in full: the
 * selector and body shapes are the Web Annotation Data Model's, exactly.
 */
import type { WebAnnotation } from '../../../lib/export/jsonld';
import type { Annotation } from '../../../lib/model';
import { at, commitment, ids, note, organization, PAGE_URL } from '../bundle/records';

export interface JsonLdCase {
  annotation: Annotation;
  expected: WebAnnotation;
}

const quote = {
  type: 'TextQuoteSelector',
  exact: 'EUR 7.3 billion',
  prefix: 'will invest ',
  suffix: ' in',
} as const;
const common = {
  type: 'Annotation',
  created: at(0),
  modified: at(0),
  creator: { type: 'Person', name: 'Alice' },
} as const;

export const jsonLdCases: Record<string, JsonLdCase> = {
  'a highlight with a note and a tag is commenting, with a tagging body': {
    annotation: note(),
    expected: {
      ...common,
      id: `urn:uuid:${ids.note}`,
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'Largest figure in the release.', purpose: 'commenting' },
        { type: 'TextualBody', value: 'capex', purpose: 'tagging' },
      ],
      target: {
        source: PAGE_URL,
        selector: [quote, { type: 'TextPositionSelector', start: 40, end: 55 }],
      },
    },
  },
  'a highlight with tags only is tagging': {
    annotation: note({ note: '', tags: ['capex', 'Hungary'] }),
    expected: {
      ...common,
      id: `urn:uuid:${ids.note}`,
      motivation: 'tagging',
      body: [
        { type: 'TextualBody', value: 'capex', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Hungary', purpose: 'tagging' },
      ],
      target: {
        source: PAGE_URL,
        selector: [quote, { type: 'TextPositionSelector', start: 40, end: 55 }],
      },
    },
  },
  'a bare highlight by an unknown author is highlighting, without body or creator': {
    annotation: note({
      note: '',
      tags: [],
      creator: undefined,
      updated: at(5),
      selectors: [{ type: 'TextQuoteSelector', exact: 'plant', prefix: '', suffix: '' }],
    }),
    expected: {
      id: `urn:uuid:${ids.note}`,
      type: 'Annotation',
      created: at(0),
      modified: at(5),
      motivation: 'highlighting',
      target: { source: PAGE_URL, selector: [{ type: 'TextQuoteSelector', exact: 'plant' }] },
    },
  },
  'an organization is classifying, with its entity described': {
    annotation: organization(),
    expected: {
      ...common,
      id: `urn:uuid:${ids.org}`,
      generator: { type: 'Software', name: 'Pressmark' },
      motivation: 'classifying',
      body: [
        { type: 'TextualBody', value: 'organization', purpose: 'classifying' },
        { type: 'TextualBody', value: 'entity: Quantara Energy AG', purpose: 'describing' },
        { type: 'TextualBody', value: 'review: pending', purpose: 'describing' },
        { type: 'TextualBody', value: 'rule: org:legal-form', purpose: 'describing' },
        { type: 'TextualBody', value: 'confidence: 0.95', purpose: 'describing' },
      ],
      target: {
        source: PAGE_URL,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Quantara', suffix: ' Energy AG will' },
          { type: 'TextPositionSelector', start: 0, end: 8 },
        ],
      },
    },
  },
  'a commitment carries actor, amount, deadline and firmness as text': {
    annotation: commitment({ note: 'Firm, but no site yet.' }),
    expected: {
      ...common,
      id: `urn:uuid:${ids.commitment}`,
      generator: { type: 'Software', name: 'Pressmark' },
      motivation: 'classifying',
      body: [
        { type: 'TextualBody', value: 'Firm, but no site yet.', purpose: 'commenting' },
        { type: 'TextualBody', value: 'commitment', purpose: 'classifying' },
        { type: 'TextualBody', value: 'actor: Quantara', purpose: 'describing' },
        { type: 'TextualBody', value: 'action: invest', purpose: 'describing' },
        {
          type: 'TextualBody',
          value: 'amount: EUR 7.3 billion (7300000000 EUR)',
          purpose: 'describing',
        },
        { type: 'TextualBody', value: 'deadline: 2028', purpose: 'describing' },
        { type: 'TextualBody', value: 'firmness: firm', purpose: 'describing' },
        { type: 'TextualBody', value: 'review: accepted', purpose: 'describing' },
        { type: 'TextualBody', value: 'rule: commitment:modal', purpose: 'describing' },
        { type: 'TextualBody', value: 'confidence: 0.9', purpose: 'describing' },
      ],
      target: {
        source: PAGE_URL,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'will invest EUR 7.3 billion in a plant by 2028',
            prefix: 'Energy AG ',
            suffix: '.',
          },
          { type: 'TextPositionSelector', start: 28, end: 74 },
        ],
      },
    },
  },
};
