import { expect, it, describe as suite } from 'vitest';
import { describe, matchQuote } from '../../../lib/anchor';
import { chinese, english, german } from './press-texts';
import { seededRandom } from './seeded-random';

/**
 * Seeded random edits (sentence deleted, mutated copy inserted, words replaced,
 * paragraph inserted) with the annotated range tracked through each edit. A
 * located result must overlap where the annotated words went; the only other
 * place allowed is a verbatim copy of the quote, which the single-occurrence
 * rule anchors by design.
 */

const list = [
  'Northwind operates plants:',
  '• Leipzig: 20 GWh cell plant, production from 2026.',
  '• Dresden: 12 GWh cell plant, production from 2027.',
  '• Erfurt: 8 GWh cell plant, production from 2028.',
  '• Halle: 10 GWh cell plant, production from 2029.',
].join('\n\n');
const texts = [english, german, chinese, `${english}\n\n${list}`];
const words = [
  'the',
  'company',
  'plant',
  'will',
  'billion',
  'Northwind',
  '2027',
  'capacity',
  '公司',
  '投资',
  'Werk',
];

function sentences(text: string): [number, number][] {
  return [...text.matchAll(/[^.。!?\n]+[.。!?]?/g)]
    .filter((m) => m[0].trim().length > 3)
    .map((m) => [m.index + m[0].length - m[0].trimStart().length, m.index + m[0].length]);
}

suite('matchQuote under random edits', () => {
  it('never attaches to the wrong place', () => {
    const rnd = seededRandom(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const wrong: string[] = [];
    let located = 0;
    for (let trial = 0; trial < 400; trial++) {
      const before = pick(texts);
      let [s, e] = pick(sentences(before));
      if (rnd() < 0.4) {
        const a = Math.floor(rnd() * (e - s) * 0.5);
        [s, e] = [s + a, s + a + 1 + Math.floor(rnd() * (e - s - a - 1))];
      }
      const exact = before.slice(s, e);
      const { quote, position } = describe(before, s, e);
      let text = before;
      let destroyed = false;
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
        const [a, b] = pick(sentences(text));
        const r = rnd();
        let at = a;
        let del = 0;
        let ins = '';
        if (r < 0.25) del = b - a + (text[b] === ' ' ? 1 : 0);
        else if (r < 0.5)
          ins = `${text
            .slice(...pick(sentences(text)))
            .replace(/\d/, '9')
            .replace(/\w+/, pick(words))} `;
        else if (r < 0.85)
          [at, del, ins] = [
            a + Math.floor(rnd() * (b - a)),
            1 + Math.floor(rnd() * 8),
            pick(words),
          ];
        else
          [at, ins] = [
            Math.floor(rnd() * text.length),
            '\n\nAn inserted paragraph about other things.\n\n',
          ];
        del = Math.min(del, text.length - at);
        text = text.slice(0, at) + ins + text.slice(at + del);
        if (at <= s && at + del >= e) destroyed = true;
        const map = (x: number, isEnd: boolean) =>
          x < at ? x : x >= at + del ? x - del + ins.length : isEnd ? at + ins.length : at;
        [s, e] = [map(s, false), map(e, true)];
      }
      destroyed ||= e - s < exact.length / 2;
      const result = matchQuote(text, [quote, position]);
      if (result.status === 'orphaned') continue;
      located++;
      const [rs, re] = [result.start!, result.end!];
      const overlap = Math.max(0, Math.min(e, re) - Math.max(s, rs));
      const right =
        !destroyed &&
        (overlap / (Math.max(e, re) - Math.min(s, rs)) >= 0.5 ||
          (rs >= s && re <= e && overlap >= exact.length * 0.3));
      const verbatimCopy = result.status === 'anchored' && result.exact === exact;
      if (!right && !verbatimCopy) wrong.push(`trial ${trial}: "${exact}" -> "${result.exact}"`);
    }
    expect(wrong).toEqual([]);
    expect(located).toBeGreaterThan(300);
  });
});
