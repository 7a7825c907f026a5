import '@/assets/highlight.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageSession } from '@/lib/content/page-session';

/** Set in the content script's own world: a second injection must not run twice. */
const RUNNING = Symbol.for('pressmark.running');

// Registered at run time only: by the toolbar button (activeTab), by
// "always annotate on this site", and for local test servers in the e2e build.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => {
      scope[RUNNING] = false;
    });
    runPageSession(ctx).catch((error) => console.error('Pressmark:', error));
  },
});
