/**
 * The context menu entries and keyboard shortcuts that highlight the
 * selected text. Both grant `activeTab`, so the content script is injected
 * first if the page was not annotated yet.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { callContent } from '../messaging';
import { annotateTab } from './tab-scripting';

const MENU = [
  { id: 'pressmark-highlight', title: 'Highlight with Pressmark', withNote: false },
  { id: 'pressmark-note', title: 'Highlight with note…', withNote: true },
] as const;

const COMMANDS: Record<string, boolean> = { 'highlight-selection': false, 'note-selection': true };

async function highlightIn(tab: Tabs.Tab | undefined, withNote: boolean): Promise<void> {
  if (tab?.id === undefined) return;
  await annotateTab(tab.id);
  await callContent(tab.id, 'annotateSelection', { withNote });
}

/** Creates the context menu entries (on install: menus persist). */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    for (const { id, title } of MENU) {
      browser.contextMenus.create({ id, title, contexts: ['selection'] });
    }
  });
}

/**
 * Listens for menu clicks and shortcuts.
 *
 * @return Stops listening.
 */
export function listenForSelectionCommands(): () => void {
  const onMenu = (info: { menuItemId: string | number }, tab?: Tabs.Tab) => {
    const entry = MENU.find((m) => m.id === info.menuItemId);
    if (entry) highlightIn(tab, entry.withNote).catch(console.warn);
  };
  const onCommand = (command: string, tab?: Tabs.Tab) => {
    if (command in COMMANDS) highlightIn(tab, COMMANDS[command] ?? false).catch(console.warn);
  };
  browser.contextMenus.onClicked.addListener(onMenu);
  browser.commands.onCommand.addListener(onCommand);
  return () => {
    browser.contextMenus.onClicked.removeListener(onMenu);
    browser.commands.onCommand.removeListener(onCommand);
  };
}
