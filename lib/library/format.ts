/**
 * Dates, amounts and counts in the user's language. Release dates are shown
 * as the calendar day the release states, never shifted by time zone.
 */
import type { Amount } from '../model';

/**
 * A publication date for display.
 *
 * @param value - ISO date or date-time as the release states it, or null.
 * @param lang - UI language.
 * @return A localised day ("22 Jun 2022"), the raw text when not ISO, or "—".
 */
export function formatDay(value: string | null, lang: string): string {
  if (!value) return '—';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!day) return value;
  const date = new Date(`${day}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * An amount for display: the figure in the user's notation with its unit.
 *
 * @param amount - The parsed amount, or null.
 * @param lang - UI language.
 * @return e.g. "12 bn CNY" / "120亿 CNY", or "".
 */
export function formatAmount(amount: Amount | null, lang: string): string {
  if (!amount) return '';
  const figure = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  return `${figure.format(amount.value)} ${amount.unit}`;
}

/**
 * A count in the user's notation ("100,000", "100.000").
 *
 * @param n - The count.
 * @param lang - UI language.
 * @return The formatted count.
 */
export const formatCount = (n: number, lang: string): string =>
  new Intl.NumberFormat(lang).format(n);

/**
 * The host of an address, for a release without a site name.
 *
 * @param url - Any address.
 * @return Its host name, or the text itself when it is not a URL.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
