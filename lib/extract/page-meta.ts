/**
 * What a page says about itself in its head: canonical address, language,
 * publication date, site name. Read from the live document; never mutates.
 */

/** Facts a page declares about itself. */
export interface PageMeta {
  /** `<link rel=canonical>` or og:url, absolute; null when neither is given. */
  canonicalUrl: string | null;
  /** `<html lang>`, else og:locale ("de_DE" becomes "de-de"); null when undeclared. */
  declaredLang: string | null;
  /** article:published_time and friends; null when undeclared. */
  published: string | null;
  siteName: string | null;
  /** og:title or twitter:title: the headline without the site suffix. */
  headline: string | null;
}

const meta = (doc: Document, names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
};

const absolute = (href: string | null | undefined, base: string): string | null => {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
};

/**
 * Reads the page's self-description.
 *
 * @param doc - The page.
 * @param baseUrl - Address to resolve relative links against (the tab's URL).
 * @return The declared facts; absent ones are null.
 */
export function readPageMeta(doc: Document, baseUrl: string): PageMeta {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, ['og:locale']);
  return {
    canonicalUrl: absolute(canonical, baseUrl) ?? absolute(meta(doc, ['og:url']), baseUrl),
    declaredLang: lang ? lang.replace(/_/g, '-').toLowerCase() : null,
    published: meta(doc, [
      'article:published_time',
      'og:article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'DC.date.issued',
    ]),
    siteName: meta(doc, ['og:site_name', 'application-name']),
    headline: meta(doc, ['og:title', 'twitter:title']),
  };
}
