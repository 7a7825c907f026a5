/** Furniture cases: a page fragment and the texts that must (not) be part of the article. */
export interface FurnitureCase {
  name: string;
  html: string;
  /** Texts the extracted article keeps. */
  kept: string[];
  /** Texts it leaves out. */
  dropped: string[];
}

const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the release explains at length how the company will build its new plant and what it costs, in plain prose.</p>`,
).join('');

export const furnitureCases: FurnitureCase[] = [
  {
    name: 'an image caption inside the body',
    html: `<article><h1>Acme builds a plant</h1>${BODY}<figure><img src="x.jpg" alt=""><figcaption>Rotor blades in the test hall. © Acme / Photo: J. Doe</figcaption></figure>${BODY}</article>`,
    kept: ['Paragraph 0 of the release'],
    dropped: ['Rotor blades in the test hall'],
  },
  {
    name: 'a newsletter box right after the body',
    html: `<main><article><h1>Acme builds a plant</h1>${BODY}</article><section class="signup"><h2>Newsletter</h2><p>Subscribe and we will e-mail you every release on the day it appears.</p><form><input type="email"><button>Send</button></form></section></main>`,
    kept: ['Paragraph 5 of the release'],
    dropped: ['Subscribe and we will e-mail you'],
  },
];
