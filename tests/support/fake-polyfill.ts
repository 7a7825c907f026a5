// Unit tests run outside a browser: `webextension-polyfill` resolves to WXT's
// in-memory fake of the extension APIs (see tests/vitest.config.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
