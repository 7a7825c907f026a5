/**
 * Reads a saved page or fetches a live one, decoding it the way a browser
 * would: the HTTP charset, else the page's `<meta charset>`, else UTF-8.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A page's HTML and the address it came from. */
export interface LoadedPage {
  html: string;
  /** Final URL after redirects, or the file's file:// URL. */
  url: string;
}

/** Give up on a server after this long: a batch must not hang on one host. */
const FETCH_TIMEOUT_MS = 30_000;

const CHARSET_IN_HEAD = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes HTML bytes.
 *
 * @param bytes - The raw page.
 * @param declared - Charset from a Content-Type header, if any.
 * @return The text.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = declared ?? head.match(CHARSET_IN_HEAD)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Loads one input.
 *
 * @param input - A file path, or an http(s) URL.
 * @return The page; rejects with a readable message on failure.
 */
export async function loadPage(input: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const charset = response.headers.get('content-type')?.match(/charset=([\w-]+)/i)?.[1];
    return {
      html: decodeHtml(new Uint8Array(await response.arrayBuffer()), charset),
      url: response.url,
    };
  }
  const path = resolve(input);
  return { html: decodeHtml(await readFile(path)), url: pathToFileURL(path).href };
}
