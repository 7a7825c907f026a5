import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/**
 * Pages a test build annotates without being asked: the e2e suites, the
 * benchmarks and `npm start` serve their fixtures from these origins.
 */
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
/**
 * A test origin the e2e build may script but does not annotate by itself:
 * it stands in for a site where the user clicked the toolbar button
 * (activeTab) or ticked "always annotate on this site".
 */
const E2E_ON_DEMAND = 'http://127.0.0.2/*';

/** Gecko id: keeps the Firefox add-on id (and so its storage) stable across installs. */
export const GECKO_ID = 'pressmark@pressmark.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  publicDir: 'assets/public',
  manifest: ({ browser, manifestVersion }) => {
    // Any site the user opts into ("always annotate on this site") is asked
    // for at run time, one origin at a time; nothing is granted at install.
    const anySite = ['http://*/*', 'https://*/*'];
    return {
      name: 'Pressmark',
      description: '__MSG_extensionDescription__',
      default_locale: 'en',
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
      ...(manifestVersion === 3
        ? { optional_host_permissions: anySite }
        : { optional_permissions: anySite }),
      commands: {
        'highlight-selection': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: 'Highlight the selected text',
        },
        'note-selection': {
          suggested_key: { default: 'Alt+Shift+N' },
          description: 'Highlight the selected text with a note',
        },
      },
      // Firefox 140 is the first with the CSS Custom Highlight API.
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0' } } }
        : {}),
    };
  },
  hooks: {
    // UI text lives in assets/locales/<area>.json ({ en: {...}, de: {...}, zh_CN: {...} }),
    // one file per area so each is edited in one place; the browser wants one
    // _locales/<locale>/messages.json per locale.
    'build:publicAssets': (wxt, files) => {
      const dir = `${wxt.config.root}/assets/locales`;
      const merged: Record<string, Record<string, { message: string }>> = {};
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const area: Record<string, Record<string, string>> = JSON.parse(
          readFileSync(`${dir}/${file}`, 'utf8'),
        );
        for (const [locale, messages] of Object.entries(area)) {
          merged[locale] ??= {};
          for (const [key, message] of Object.entries(messages)) merged[locale][key] = { message };
        }
      }
      for (const [locale, messages] of Object.entries(merged)) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(messages),
        });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      // The test build behaves as if the user had ticked "always annotate"
      // for the local test servers.
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: E2E_MATCHES,
        js: ['content-scripts/content.js'],
        css: ['content-scripts/content.css'],
        run_at: 'document_idle',
      });
      const hosts = [...E2E_MATCHES, E2E_ON_DEMAND];
      if (wxt.config.manifestVersion === 3) {
        manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
      } else {
        manifest.permissions = [...(manifest.permissions ?? []), ...hosts];
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**/*.tmp',
      '**/*.zip',
    ],
  },
});
