import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '@/lib/background/handlers';
import { createMenus, listenForSelectionCommands } from '@/lib/background/selection-commands';
import { getSiteAccess, setSiteAccess } from '@/lib/background/site-access';
import { annotateTab, broadcastRefresh } from '@/lib/background/tab-scripting';
import { type BackgroundProtocol, serve } from '@/lib/messaging';
import { settingsItem } from '@/lib/settings';
import { openDb } from '@/lib/store/db';

// The service worker (Chrome) or event page (Firefox) owns the database.
export default defineBackground(() => {
  const db = openDb();
  serve<BackgroundProtocol>(
    'background',
    backgroundHandlers({
      db,
      now: () => new Date().toISOString(),
      notifyChanged: (_pageId, exceptTabId) => {
        broadcastRefresh(exceptTabId).catch(console.warn);
      },
      sites: { get: getSiteAccess, set: setSiteAccess },
      annotateTab,
      settings: () => settingsItem.getValue(),
    }),
  );
  browser.runtime.onInstalled.addListener(createMenus);
  listenForSelectionCommands();
});
