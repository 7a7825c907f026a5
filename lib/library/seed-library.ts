/**
 * A synthetic library for the benchmark: releases in English, German and
 * Chinese with a realistic mix of the user's highlights (with notes and
 * tags), organization mentions and commitments (amounts, deadlines past and
 * future, every firmness and review state), a few tombstones, and release
 * records carrying a snapshot of typical size. Pure and deterministic;
 * only the e2e build's seeding request uses it.
 */
import type { Annotation, Firmness, PageRecord, Review } from '../model';
import type { SeedSpec } from './protocol';
import {
  amount,
  deadline,
  organizationPool,
  type Random,
  type SeedLang,
  seededRandom,
  sentence,
} from './seed-text';

/** One release and its annotations. */
export interface SeedRelease {
  page: PageRecord;
  annotations: Annotation[];
}

const LANGS: SeedLang[] = ['en', 'en', 'de', 'zh'];
const TAGS = ['capex', 'jobs', 'politics', 'follow-up', 'esg', 'supply', 'subsidy'];
const ACTIONS = [
  'build a plant',
  'invest',
  'hire',
  'cut emissions',
  'expand capacity',
  'open a site',
];
const FIRMNESS: Firmness[] = ['firm', 'firm', 'intent', 'conditional'];
const REVIEWS: Review[] = [
  'pending',
  'pending',
  'pending',
  'pending',
  'accepted',
  'corrected',
  'dismissed',
];
/** Deflated, base64 article text of a typical release is a few kilobytes. */
const SNAPSHOT_CHARS = 3_000;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const hex = (r: Random, n: number) =>
  Array.from({ length: n }, () => r.int(16).toString(16)).join('');
const uuid = (r: Random) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const isoDay = (r: Random, from: number, days: number) =>
  new Date(Date.UTC(from, 0, 1) + r.int(days) * 86_400_000).toISOString();

/**
 * Generates the releases one by one, so the caller can store them in
 * batches without holding the whole library.
 *
 * @param spec - How many releases and annotations, and the seed.
 * @return Releases with their annotations (annotations spread evenly).
 */
export function* seedReleases(spec: SeedSpec): Generator<SeedRelease> {
  const r = seededRandom(spec.seed);
  const orgs = organizationPool(r, 150);
  for (let i = 0; i < spec.releases; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const id = `https://newsroom${i % 40}.example/${lang}/release-${i}`;
    const published = isoDay(r, 2019, 2_880);
    const page: PageRecord = {
      id,
      aliases: [id],
      title: sentence(r, lang, 8).slice(0, -1),
      lang,
      siteName: `Newsroom ${i % 40}`,
      published,
      fingerprint: hex(r, 16),
      firstSeen: published,
      lastSeen: isoDay(r, 2025, 600),
      snapshot: Array.from({ length: SNAPSHOT_CHARS }, () => BASE64[r.int(64)]).join(''),
      snapshotFingerprint: hex(r, 16),
    };
    const count =
      Math.floor(((i + 1) * spec.annotations) / spec.releases) -
      Math.floor((i * spec.annotations) / spec.releases);
    const context = { r, page, lang, orgs: orgs[lang] };
    yield { page, annotations: Array.from({ length: count }, (_, n) => annotation(context, n)) };
  }
}

interface Context {
  r: Random;
  page: PageRecord;
  lang: SeedLang;
  orgs: { entity: string; mentions: string[] }[];
}

function annotation({ r, page, lang, orgs }: Context, n: number): Annotation {
  const roll = r.next();
  const org = r.pick(orgs);
  const exact = roll < 0.4 ? r.pick(org.mentions) : sentence(r, lang, 8 + r.int(16));
  const start = n * 400 + r.int(200);
  const base: Annotation = {
    id: uuid(r),
    pageId: page.id,
    url: page.id,
    pageTitle: page.title,
    kind: 'note',
    origin: 'user',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact,
        prefix: sentence(r, lang, 6).slice(-32),
        suffix: sentence(r, lang, 6).slice(0, 32),
      },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    note: '',
    tags: [],
    created: page.lastSeen,
    updated: page.lastSeen,
    ...(r.next() < 0.01 && { deleted: page.lastSeen }),
  };
  if (roll >= 0.7) {
    const note = r.next() < 0.8 ? sentence(r, lang, 6 + r.int(14)) : '';
    return { ...base, note, tags: r.next() < 0.5 ? [r.pick(TAGS)] : [] };
  }
  const detection = { rule: 'seed', confidence: 0.5 + r.next() / 2 };
  const review = r.pick(REVIEWS);
  if (roll < 0.4)
    return {
      ...base,
      kind: 'organization',
      origin: 'auto',
      review,
      detection: { ...detection, entity: org.entity },
    };
  return {
    ...base,
    kind: 'commitment',
    origin: 'auto',
    review,
    detection: {
      ...detection,
      actor: org.mentions[1] ?? org.entity,
      action: r.pick(ACTIONS),
      ...(r.next() < 0.6 && { amount: amount(r) }),
      ...(r.next() < 0.7 && { deadline: deadline(r) }),
      firmness: r.pick(FIRMNESS),
    },
  };
}
