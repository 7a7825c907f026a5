/**
 * Dev harness: runs detect() on every dev page's gold article text and prints
 * the organization and commitment metrics of shared/eval/score.mjs (whose
 * small helpers are re-implemented here, unchanged in behaviour).
 *
 *   npx tsx tests/unit/detect/score-gold.ts [--verbose] [--corpus DIR] [--page ID]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detect } from '../../../lib/detect/index';
import type { Detection } from '../../../lib/model';

interface GoldCommitment {
  text: string;
  actor: string | null;
  deadline: string | null;
}
interface Gold {
  id: string;
  lang: string;
  article_text: string;
  organizations: string[];
  optional_organizations?: string[];
  commitments: GoldCommitment[];
  optional_commitments?: string[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const verbose = args.includes('--verbose');
const corpus = resolve(opt('--corpus', join(import.meta.dirname, '../../../../shared/corpus/dev')));
const only = opt('--page', '');

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const tokens = (s: string | null | undefined) =>
  (s ?? '').normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
const normOrg = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”„‚‘’«»()[\]「」『』《》]+|[\s"'“”„‚‘’«»()[\]「」『』《》.,;:]+$/gu, '')
    .replace(/['’]s$/u, '');

function bagOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return common;
}
const prf = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const lenientOrg = (a: string, b: string) =>
  a === b ||
  ((a.includes(b) || b.includes(a)) &&
    Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.5);

function scoreOrgs(gold: string[], optional: string[], pred: string[], lenient: boolean) {
  const g = gold.map(normOrg);
  const used = new Array<boolean>(g.length).fill(false);
  const opt = optional.map(normOrg);
  const match = lenient ? lenientOrg : (a: string, b: string) => a === b;
  let tp = 0;
  let fp = 0;
  const fps: string[] = [];
  for (const p of pred.map(normOrg)) {
    let i = g.findIndex((x, k) => !used[k] && x === p);
    if (i < 0) i = g.findIndex((x, k) => !used[k] && match(x, p));
    if (i >= 0) {
      used[i] = true;
      tp++;
      continue;
    }
    if (opt.some((o) => lenientOrg(o, p))) continue;
    fp++;
    fps.push(p);
  }
  const fns = g.filter((_, k) => !used[k]);
  return { tp, fp, fn: fns.length, fps, fns };
}

function scoreCommitments(gold: GoldCommitment[], optional: string[], pred: Detection[]) {
  const gt = gold.map((c) => tokens(c.text));
  const pt = pred.map((c) => tokens(c.exact));
  const pairs: { i: number; j: number; ov: number }[] = [];
  gt.forEach((g, i) => {
    pt.forEach((p, j) => {
      const ov = bagOverlap(g, p) / Math.max(1, Math.min(g.length, p.length));
      if (ov >= 0.6) pairs.push({ i, j, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const gu = new Set<number>();
  const pu = new Set<number>();
  let actorOk = 0;
  let actorN = 0;
  let deadlineOk = 0;
  let deadlineN = 0;
  const wrong: string[] = [];
  for (const { i, j } of pairs) {
    if (gu.has(i) || pu.has(j)) continue;
    gu.add(i);
    pu.add(j);
    const g = gold[i] as GoldCommitment;
    const p = pred[j] as Detection;
    if (g.actor) {
      actorN++;
      if (p.actor && lenientOrg(normOrg(g.actor), normOrg(p.actor))) actorOk++;
      else
        wrong.push(
          `actor ${JSON.stringify(p.actor)} != ${JSON.stringify(g.actor)}: ${g.text.slice(0, 60)}`,
        );
    }
    if (g.deadline) {
      deadlineN++;
      if (p.deadline?.includes(String(g.deadline).slice(0, 4))) deadlineOk++;
      else
        wrong.push(
          `deadline ${JSON.stringify(p.deadline)} != ${JSON.stringify(g.deadline)}: ${g.text.slice(0, 60)}`,
        );
    }
  }
  const ot = optional.map(tokens);
  let fp = 0;
  const fps: string[] = [];
  pt.forEach((p, j) => {
    if (pu.has(j)) return;
    if (ot.some((o) => bagOverlap(o, p) / Math.max(1, Math.min(o.length, p.length)) >= 0.6)) return;
    fp++;
    fps.push((pred[j] as Detection).exact);
  });
  const fns = gold.filter((_, i) => !gu.has(i)).map((c) => c.text);
  return {
    tp: gu.size,
    fp,
    fn: fns.length,
    fps,
    fns,
    actorOk,
    actorN,
    deadlineOk,
    deadlineN,
    wrong,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (c: Counts) => {
  const m = prf(c);
  return `P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f1)}`;
};

const pages = readdirSync(corpus)
  .filter((d) => existsSync(join(corpus, d, 'gold.json')) && (!only || d === only))
  .sort();
const T = {
  strict: { tp: 0, fp: 0, fn: 0 },
  lenient: { tp: 0, fp: 0, fn: 0 },
  com: { tp: 0, fp: 0, fn: 0 },
  actorOk: 0,
  actorN: 0,
  deadlineOk: 0,
  deadlineN: 0,
  ms: 0,
};
const add = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
for (const id of pages) {
  const gold = JSON.parse(readFileSync(join(corpus, id, 'gold.json'), 'utf8')) as Gold;
  const t0 = performance.now();
  const found = detect({ text: gold.article_text, lang: gold.lang });
  T.ms += performance.now() - t0;
  const orgs = found.filter((d) => d.kind === 'organization').map((d) => d.exact);
  const strict = scoreOrgs(gold.organizations, gold.optional_organizations ?? [], orgs, false);
  const lenient = scoreOrgs(gold.organizations, gold.optional_organizations ?? [], orgs, true);
  const com = scoreCommitments(
    gold.commitments,
    gold.optional_commitments ?? [],
    found.filter((d) => d.kind === 'commitment'),
  );
  add(T.strict, strict);
  add(T.lenient, lenient);
  add(T.com, com);
  T.actorOk += com.actorOk;
  T.actorN += com.actorN;
  T.deadlineOk += com.deadlineOk;
  T.deadlineN += com.deadlineN;
  console.log(
    `${id.padEnd(34)} org strict F1 ${pct(prf(strict).f1)}  lenient F1 ${pct(prf(lenient).f1)}  commit F1 ${pct(prf(com).f1)}  actor ${com.actorOk}/${com.actorN}  deadline ${com.deadlineOk}/${com.deadlineN}`,
  );
  if (verbose) {
    if (strict.fps.length) console.log('   org FP (strict):', strict.fps);
    if (strict.fns.length) console.log('   org FN (strict):', strict.fns);
    if (lenient.fps.length) console.log('   org FP (lenient):', lenient.fps);
    if (lenient.fns.length) console.log('   org FN (lenient):', lenient.fns);
    if (com.fps.length)
      console.log(
        '   commit FP:',
        com.fps.map((s) => s.slice(0, 100)),
      );
    if (com.fns.length)
      console.log(
        '   commit FN:',
        com.fns.map((s) => s.slice(0, 100)),
      );
    if (com.wrong.length) console.log('   wrong:', com.wrong);
  }
}
console.log(`\nTOTAL ${pages.length} pages, detect() ${T.ms.toFixed(1)} ms in all`);
console.log(`org strict     ${fmt(T.strict)}`);
console.log(`org lenient    ${fmt(T.lenient)}`);
console.log(
  `commitment     ${fmt(T.com)}   actor acc ${T.actorN ? pct(T.actorOk / T.actorN) : '-'}   deadline acc ${T.deadlineN ? pct(T.deadlineOk / T.deadlineN) : '-'}`,
);
