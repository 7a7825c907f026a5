/**
 * UI text through the browser's i18n (`_locales`, built from
 * assets/locales/<area>.json): the browser picks English, German or
 * Chinese from the user's language. Keys are checked at compile time
 * against the English files, which are also the fallback where the i18n
 * API is missing (unit tests) or a key is not translated.
 */
import browser from 'webextension-polyfill';
import { en as common } from '../assets/locales/common.json';
import { en as content } from '../assets/locales/content.json';
import { en as library } from '../assets/locales/library.json';
import { en as options } from '../assets/locales/options.json';
import { en as popup } from '../assets/locales/popup.json';

const ENGLISH = { ...common, ...content, ...library, ...options, ...popup };

/** Every message key. */
export type MessageKey = keyof typeof ENGLISH;

/**
 * Looks up a UI text.
 *
 * @param key - The message key.
 * @param substitutions - Values for `$1`, `$2`… in the message.
 * @return The text in the browser's language (English fallback).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let text = '';
  try {
    text = browser.i18n.getMessage(key, subs);
  } catch {
    // No extension context (unit tests): use the English text below.
  }
  if (text) return text;
  return subs.reduce((s, value, i) => s.replaceAll(`$${i + 1}`, value), ENGLISH[key] as string);
}

/**
 * The UI language, for `lang` attributes and number/date formats.
 *
 * @return A BCP 47 tag like "de" or "zh-CN".
 */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
