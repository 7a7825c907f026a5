/**
 * Markdown for reports: one section per release, the quoted passages with
 * their notes, grouped as a reader reviews them (own highlights, then who
 * is named, then who promised what). Every piece of page or user text is
 * escaped, so a quote or note pasted into a report never turns into a
 * heading, a list, a link or raw HTML.
 */
import type { Annotation, PageRecord } from '../model';
import { quoteOf, startOf } from '../stored-selectors';

/** Options for {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The document's `#` heading. */
  title?: string;
}

/**
 * Characters that start inline syntax anywhere in a line: emphasis, code,
 * links, raw HTML, GFM tables and strikethrough, entities, math and ATX
 * closing hashes. A backslash before any ASCII punctuation is a literal.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>|~&$#]/g;

/** Line starts that open a block: lists, setext underlines, ordered lists. */
const BLOCK_START = /^([+\-=]|\d+[.)])/;

/** Escapes one line of text; leading spaces go, or four of them would start a code block. */
function escapeLine(line: string): string {
  const s = line.trimStart().replace(INLINE_SYNTAX, '\\$&');
  const m = BLOCK_START.exec(s);
  if (!m) return s;
  const mark = m[1]!;
  // Escape the character that makes it a marker: "-" itself, or the "." of "1.".
  return `${mark.slice(0, -1)}\\${mark.slice(-1)}${s.slice(mark.length)}`;
}

/**
 * Escapes user or page text for Markdown.
 *
 * @param text - Any text; line breaks are kept, blank lines separate paragraphs.
 * @return Text that renders literally.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\n');
}

/** Text that must stay on one line (headings, list items, labels). */
const oneLine = (text: string) => escapeLine(text.replace(/\s+/g, ' ').trim());

const byCreation = (a: Annotation, b: Annotation) =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const blockquote = (text: string) =>
  escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

/** Facts line: "*Label:* value · *Label:* value", empty values left out. */
function facts(pairs: Array<[string, string | undefined]>): string | null {
  const kept = pairs.filter((p): p is [string, string] => Boolean(p[1]));
  return kept.length > 0 ? kept.map(([k, v]) => `*${k}:* ${oneLine(v)}`).join(' · ') : null;
}

/**
 * The note, tags and author under a quote. The author of an automatic
 * finding nobody commented on is not news, so it is left out.
 */
function remarks(a: Annotation): string[] {
  const out: string[] = [];
  if (a.note.trim()) out.push(escapeMarkdown(a.note.trim()));
  const remarked = a.origin === 'user' || a.note.trim() !== '' || a.tags.length > 0;
  const meta = facts([
    ['Tags', a.tags.length > 0 ? a.tags.join(', ') : undefined],
    ['By', remarked ? a.creator : undefined],
  ]);
  if (meta) out.push(meta);
  return out;
}

function commitmentFacts(a: Annotation): string | null {
  const d = a.detection;
  const amount = d?.amount && `${d.amount.text} (${d.amount.value} ${d.amount.unit})`;
  return facts([
    ['Actor', d?.actor],
    ['Action', d?.action],
    ['Amount', amount],
    ['Deadline', d?.deadline],
    ['Firmness', d?.firmness],
  ]);
}

/** Organizations under their canonical name, in order of first mention; repeated quotes once. */
function organizationBlocks(list: readonly Annotation[]): string[] {
  const byEntity = new Map<string, Annotation[]>();
  for (const a of list) {
    const key = a.detection?.entity || quoteOf(a);
    byEntity.set(key, [...(byEntity.get(key) ?? []), a]);
  }
  const out: string[] = [];
  for (const [entity, mentions] of byEntity) {
    out.push(`#### ${oneLine(entity)}`);
    const byQuote = new Map<string, Annotation[]>();
    for (const a of mentions) byQuote.set(quoteOf(a), [...(byQuote.get(quoteOf(a)) ?? []), a]);
    for (const [quote, same] of byQuote) {
      out.push(blockquote(quote));
      if (same.length > 1) out.push(`*${same.length} mentions*`);
      out.push(...same.flatMap(remarks));
    }
  }
  return out;
}

/** A release's heading, address and date, then its three groups. */
function releaseSection(page: PageRecord, list: readonly Annotation[]): string[] {
  const out = [`## ${oneLine(page.title || page.id)}`];
  // An autolink keeps the address clickable; one that could break out of it is plain text.
  const details = [/[\s<>]/.test(page.id) ? `- ${oneLine(page.id)}` : `- <${page.id}>`];
  if (page.published) {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(page.published)?.[0] ?? page.published;
    details.push(`- Published ${oneLine(date)}`);
  }
  out.push(details.join('\n'));
  const notes = list.filter((a) => a.kind === 'note');
  const orgs = list.filter((a) => a.kind === 'organization');
  const commitments = list.filter((a) => a.kind === 'commitment');
  if (notes.length > 0) {
    out.push('### Highlights');
    for (const a of notes) out.push(blockquote(quoteOf(a)), ...remarks(a));
  }
  if (orgs.length > 0) out.push('### Organizations', ...organizationBlocks(orgs));
  if (commitments.length > 0) {
    out.push('### Commitments');
    for (const a of commitments) {
      const line = commitmentFacts(a);
      out.push(blockquote(quoteOf(a)), ...(line ? [line] : []), ...remarks(a));
    }
  }
  return out;
}

/** Oldest release first (undated last), then by title and address: the same text every time. */
function releaseOrder(a: PageRecord, b: PageRecord): number {
  const time = (p: PageRecord) => {
    const t = p.published ? Date.parse(p.published) : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  const [ta, tb] = [time(a), time(b)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A page record for annotations whose page is not in the list, from what they carry. */
const strayPage = (a: Annotation): PageRecord => ({
  id: a.pageId,
  aliases: [a.pageId],
  title: a.pageTitle,
  lang: '',
  siteName: null,
  published: null,
  fingerprint: '',
  firstSeen: a.created,
  lastSeen: a.updated,
});

/**
 * Renders annotations as a Markdown report. Deleted annotations and
 * detections the reader dismissed are left out: a report lists findings.
 *
 * @param annotations - Annotations of any number of releases.
 * @param pages - Their page records (title, address, date).
 * @param options - See {@link MarkdownOptions}.
 * @return The document, ending with a line break.
 */
export function toMarkdown(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: MarkdownOptions = {},
): string {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.deleted || a.review === 'dismissed') continue;
    byPage.set(a.pageId, [...(byPage.get(a.pageId) ?? []), a]);
  }
  const known = new Map(pages.map((p) => [p.id, p]));
  const releases = [...byPage.entries()]
    .map(([id, list]) => ({ page: known.get(id) ?? strayPage(list[0]!), list }))
    .sort((x, y) => releaseOrder(x.page, y.page));
  const blocks = [`# ${oneLine(options.title ?? 'Pressmark annotations')}`];
  for (const { page, list } of releases) {
    const ordered = [...list].sort((a, b) => startOf(a) - startOf(b) || byCreation(a, b));
    blocks.push(...releaseSection(page, ordered));
  }
  return `${blocks.join('\n\n')}\n`;
}
