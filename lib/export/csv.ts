/**
 * CSV for research: one row per annotation, stable documented columns,
 * RFC 4180 quoting (CRLF, doubled quotes), UTF-8, optional BOM for Excel,
 * and every text cell that a spreadsheet would run as a formula defused.
 * Quoting is Papa Parse's, a well-kept library, not hand-rolled.
 */
import Papa from 'papaparse';
import type { Annotation } from '../model';
import { positionSelectorOf, quoteSelectorOf } from '../stored-selectors';

/**
 * The columns, in order. Stable: new columns are only ever appended.
 * Documented in the README ("CSV columns").
 */
export const CSV_COLUMNS = [
  'annotation_id',
  'url',
  'page_title',
  'kind',
  'origin',
  'quote',
  'note',
  'tags',
  'start',
  'end',
  'created',
  'updated',
  'entity',
  'actor',
  'action',
  'amount_value',
  'amount_unit',
  'amount_text',
  'deadline',
  'firmness',
  'confidence',
  'rule',
  'review',
  'status',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

/**
 * A cell starting with one of = + - @ TAB CR is a formula to Excel,
 * LibreOffice and Google Sheets; a leading apostrophe makes it text (OWASP
 * "CSV injection"). Papa Parse's own default pattern misses multi-line cells.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Joins tags with a separator no tag contains (tags are trimmed words). */
const TAG_SEPARATOR = '; ';

/** Extra per-row facts that are not part of the stored annotation. */
export interface RowContext {
  /** Anchoring state of the annotation on its page, when known. */
  status?: string;
}

/**
 * Flattens one annotation into a CSV row.
 *
 * @param annotation - A stored (or CLI-made) annotation.
 * @param context - Facts known at export time.
 * @return The row, keyed by column.
 */
export function toCsvRow(annotation: Annotation, context: RowContext = {}): CsvRow {
  const quote = quoteSelectorOf(annotation);
  const position = positionSelectorOf(annotation);
  const d = annotation.detection;
  return {
    annotation_id: annotation.id,
    url: annotation.url,
    page_title: annotation.pageTitle,
    kind: annotation.kind,
    origin: annotation.origin,
    quote: quote?.exact ?? '',
    note: annotation.note,
    tags: annotation.tags.join(TAG_SEPARATOR),
    start: position?.start ?? '',
    end: position?.end ?? '',
    created: annotation.created,
    updated: annotation.updated,
    entity: d?.entity ?? '',
    actor: d?.actor ?? '',
    action: d?.action ?? '',
    amount_value: d?.amount?.value ?? '',
    amount_unit: d?.amount?.unit ?? '',
    amount_text: d?.amount?.text ?? '',
    deadline: d?.deadline ?? '',
    firmness: d?.firmness ?? '',
    confidence: d?.confidence ?? '',
    rule: d?.rule ?? '',
    review: annotation.review ?? '',
    status: context.status ?? '',
  };
}

/** Options for {@link toCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Write the header line (default true); false to append rows to a file. */
  header?: boolean;
}

/**
 * Serialises rows as RFC 4180 CSV.
 *
 * @param rows - Rows from {@link toCsvRow}.
 * @param options - See {@link CsvOptions}.
 * @return The CSV text, CRLF line endings, ending with a line break.
 */
export function toCsv(rows: readonly CsvRow[], options: CsvOptions = {}): string {
  const header = options.header ?? true;
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((c) => row[c])) },
    { header, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // Papa Parse ends a header-only file with a line break but not the last row.
  const text = body === '' || body.endsWith('\r\n') ? body : `${body}\r\n`;
  return options.bom ? `\ufeff${text}` : text;
}
