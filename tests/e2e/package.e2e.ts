/**
 * The store-ready zips that `npm run zip` makes (run before this suite by
 * `npm test`): what a store reviewer sees. No content script or host access
 * at install, only optional per-site access; sources zip without build
 * output or dependencies.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const zipPath = (name: string) =>
  new URL(`../../.output/pressmark-${pkg.version}-${name}.zip`, import.meta.url);
const open = async (name: string) => JSZip.loadAsync(readFileSync(zipPath(name)));
const manifestOf = async (name: string) =>
  JSON.parse(await (await open(name)).file('manifest.json')!.async('string'));

describe.each(['chrome', 'firefox'])('%s zip', (browser) => {
  it('asks for no host access and injects nothing at install', async () => {
    const manifest = await manifestOf(browser);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const all = JSON.stringify(manifest.permissions);
    expect(all).not.toMatch(/<all_urls>|\*:\/\//);
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['activeTab', 'scripting', 'storage']),
    );
  });

  it('is localised: English by default, every key translated to German and Chinese', async () => {
    const zip = await open(browser);
    const manifest = await manifestOf(browser);
    expect(manifest.default_locale).toBe('en');
    const keys = async (locale: string) =>
      Object.keys(
        JSON.parse(await zip.file(`_locales/${locale}/messages.json`)!.async('string')),
      ).sort();
    const english = await keys('en');
    expect(english.length).toBeGreaterThan(100);
    expect(await keys('de')).toEqual(english);
    expect(await keys('zh_CN')).toEqual(english);
  });

  it('lists site access only as optional', async () => {
    const manifest = await manifestOf(browser);
    const optional = manifest.optional_host_permissions ?? manifest.optional_permissions;
    expect(optional).toEqual(['http://*/*', 'https://*/*']);
  });

  it('contains the content script, its styles, the popup and icons', async () => {
    const zip = await open(browser);
    for (const file of [
      'content-scripts/content.js',
      'content-scripts/content.css',
      'popup.html',
      'icon/128.png',
    ]) {
      expect(zip.file(file), file).not.toBeNull();
    }
  });
});

describe('sources zip', () => {
  it('holds the sources without build output or dependencies', async () => {
    const names = Object.keys((await open('sources')).files);
    expect(names).toContain('package.json');
    expect(names).toContain('lib/model.ts');
    expect(names.some((n) => /^(node_modules|\.output|\.wxt)\//.test(n))).toBe(false);
  });
});

describe('firefox manifest', () => {
  it('keeps a stable gecko id and requires Firefox 140 (CSS Custom Highlight API)', async () => {
    const manifest = await manifestOf('firefox');
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'pressmark@pressmark.dev',
      strict_min_version: '140.0',
    });
  });
});
