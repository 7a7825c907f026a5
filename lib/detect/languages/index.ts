/**
 * The registry of language modules. Adding a language means writing one
 * `LanguageRules` data module and listing it here; the engine needs no change.
 */
import type { LanguageRules } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hu } from './hu';
import { it } from './it';
import { ja } from './ja';
import { zh } from './zh';

/** Every language with detection rules, by ISO 639-1 code. */
export const LANGUAGES: Readonly<Record<string, LanguageRules>> = {
  de,
  en,
  es,
  fr,
  hu,
  it,
  ja,
  zh,
};

/**
 * The rules for a language, falling back to English for languages without a module.
 *
 * @param code - primary language code ("de"); a full tag ("de-AT") is accepted
 * @return the language's rules, or the English rules
 */
export function rulesFor(code: string): LanguageRules {
  const primary = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES[primary] ?? en;
}
