/**
 * A disposable lifetime for listeners, timers and observers. WXT gives the
 * content script one for its whole life (`ctx`); an article session needs a
 * shorter one, ended when the page navigates (pushState) or re-renders.
 */

/** Everything registered here ends when the scope is disposed. */
export interface Scope {
  readonly signal: AbortSignal;
  /** Adds a listener removed on dispose. */
  listen(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** A timeout cleared on dispose; returns its own cancel. */
  setTimeout(handler: () => void, ms: number): () => void;
  /** Runs `cleanup` on dispose (undo functions, observers, UI). */
  onDispose(cleanup: () => void): void;
  dispose(): void;
  /** A child scope, disposed with this one at the latest. */
  child(): Scope;
}

/**
 * Creates a scope.
 *
 * @param parent - A signal that disposes this scope when it aborts.
 * @return The scope.
 */
export function createScope(parent?: AbortSignal): Scope {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  const dispose = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch (error) {
        console.warn('Pressmark: cleanup failed', error);
      }
    }
  };
  if (parent?.aborted) dispose();
  else parent?.addEventListener('abort', dispose, { once: true });
  const scope: Scope = {
    signal: controller.signal,
    listen(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    setTimeout(handler, ms) {
      const id = setTimeout(() => controller.signal.aborted || handler(), ms);
      const cancel = () => clearTimeout(id);
      cleanups.push(cancel);
      return cancel;
    },
    onDispose(cleanup) {
      if (controller.signal.aborted) cleanup();
      else cleanups.push(cleanup);
    },
    dispose,
    child: () => createScope(controller.signal),
  };
  return scope;
}
