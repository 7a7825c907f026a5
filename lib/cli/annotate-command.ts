/**
 * `pressmark annotate <file-or-URL>... [--format json|jsonl|csv] [--out FILE]`
 *
 * Batches show progress on stderr, carry on past a bad input with a message
 * naming it, and exit 1 when any input failed. Output goes to stdout, or is
 * written to --out in one piece (a temporary file renamed into place), so a
 * failed run never leaves half a file behind.
 */
import { createHash } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toCsv, toCsvRow } from '../export/csv';
import type { Annotation } from '../model';
import { annotatePage, type CliDocument } from './annotate-page';

const FORMATS = ['json', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** Stable ids for CLI rows: the same page and span always get the same id. */
const idOf = (url: string, kind: string, start: number, end: number): string =>
  createHash('sha256').update(`${url}\n${kind}\n${start}\n${end}`).digest('hex').slice(0, 32);

/** Turns a CLI document into annotation records, for the CSV shared with the extension. */
function toAnnotations(doc: CliDocument, now: string): Annotation[] {
  return doc.annotations.map(({ kind, start, end, exact, ...fields }) => ({
    id: idOf(doc.url, kind, start, end),
    pageId: doc.url,
    url: doc.url,
    pageTitle: doc.article.title,
    kind,
    origin: 'auto',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end },
    ],
    note: '',
    tags: [],
    created: now,
    updated: now,
    detection: fields,
    review: 'pending',
  }));
}

function render(docs: CliDocument[], format: Format, bom: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
    case 'jsonl':
      return docs.map((d) => `${JSON.stringify(d)}\n`).join('');
    case 'csv': {
      const now = new Date().toISOString();
      return toCsv(
        docs.flatMap((d) => toAnnotations(d, now)).map((a) => toCsvRow(a)),
        { bom },
      );
    }
  }
}

/**
 * Runs `pressmark annotate`.
 *
 * @param args - Arguments after `annotate`.
 * @return Exit code: 0 all done, 1 some input failed, 2 bad usage.
 */
export async function annotateCommand(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    process.stderr.write(`pressmark annotate: ${(error as Error).message}\n`);
    return 2;
  }
  const { inputs, format, out, bom } = parsed;
  const docs: CliDocument[] = [];
  let failed = 0;
  const batch = inputs.length > 1;
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    try {
      const doc = await annotatePage(input);
      docs.push(doc);
      if (batch) {
        const orgs = doc.annotations.filter((a) => a.kind === 'organization').length;
        const ms = Math.round(performance.now() - started);
        process.stderr.write(
          `[${i + 1}/${inputs.length}] ${input}: ${orgs} organizations, ${doc.annotations.length - orgs} commitments (${ms} ms)\n`,
        );
      }
    } catch (error) {
      failed++;
      process.stderr.write(
        `${batch ? `[${i + 1}/${inputs.length}] ` : ''}pressmark: ${input}: ${(error as Error).message}\n`,
      );
    }
  }
  // A single input that failed prints nothing: the message on stderr says why.
  const text = docs.length === 0 && !batch ? '' : render(docs, format, bom);
  if (out) {
    await writeFile(`${out}.tmp`, text, 'utf8');
    await rename(`${out}.tmp`, out);
    if (batch) process.stderr.write(`wrote ${docs.length} documents to ${out}\n`);
  } else {
    process.stdout.write(text);
  }
  if (batch && failed) process.stderr.write(`${failed} of ${inputs.length} inputs failed\n`);
  return failed ? 1 : 0;
}

function parseOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      out: { type: 'string', short: 'o' },
      bom: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new Error('give at least one file or URL');
  return { inputs: positionals, format, out: values.out, bom: values.bom ?? false };
}
