/**
 * Legal forms of countries without their own language module. Names travel
 * across languages (a German release mentions "Norrsken Kapital AB"), so the
 * organization finder accepts the legal forms of every module plus these.
 */
export const INTERNATIONAL_LEGAL_FORMS: readonly string[] = [
  // Netherlands, Belgium
  'N.V.',
  'B.V.',
  'NV',
  'BV',
  'C.V.',
  'VOF',
  'SRL',
  'BVBA',
  // Nordic countries
  'AB',
  '(publ)',
  'AB (publ)',
  'ASA',
  'AS',
  'A/S',
  'ApS',
  'Oy',
  'Oyj',
  'hf.',
  // Italy, Portugal, Luxembourg
  'S.p.A.',
  'SpA',
  'S.r.l.',
  'Srl',
  'S.a.r.l.',
  'S.à r.l.',
  'Lda.',
  'S.A.',
  'S.C.A.',
  // Central and Eastern Europe
  'Sp. z o.o.',
  'S.A.',
  'a.s.',
  's.r.o.',
  'd.o.o.',
  'd.d.',
  'SRL',
  'OOO',
  'PJSC',
  'JSC',
  // Asia-Pacific
  'Pte. Ltd.',
  'Pte Ltd',
  'Pty Ltd',
  'Pty. Ltd.',
  'K.K.',
  'Co., Ltd.',
  'Sdn. Bhd.',
  'Sdn Bhd',
  'Bhd.',
  'Tbk',
  'Limited',
];
