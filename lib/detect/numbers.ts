/**
 * Locale-aware number parsing. "1,500" is fifteen hundred in English and
 * one and a half in German; "4.850.000" is a German grouping. A separator
 * followed by exactly three digits in a regular pattern is a grouping,
 * anything else is the decimal point.
 */
import type { LanguageRules } from './types';

/**
 * Parses a number as written in a language.
 *
 * @param raw - the digits as written ("7,3", "4.850.000", "1,500", "30 000")
 * @param rules - the language's separators
 * @return the value, or null when `raw` is not a number
 */
export function parseLocaleNumber(
  raw: string,
  rules: Pick<LanguageRules, 'decimalSeparator' | 'groupSeparators'>,
): number | null {
  let s = raw.trim();
  for (const group of rules.groupSeparators) {
    if (group === rules.decimalSeparator) continue;
    const grouped = new RegExp(
      `^\\d{1,3}(?:${escapeSeparator(group)}\\d{3})+(?:${escapeSeparator(rules.decimalSeparator)}\\d+)?$`,
    );
    if (grouped.test(s)) {
      s = s.split(group).join('');
      break;
    }
  }
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (rules.decimalSeparator === ',') s = s.replace(',', '.');
  // A lone separator the language does not use as decimal point is still one ("EUR 7.3 bn" in German text).
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else s = s.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number.parseFloat(s);
}

function escapeSeparator(sep: string): string {
  return sep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
