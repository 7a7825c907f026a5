/**
 * A short message at the bottom of the viewport, with an optional action
 * ("Deleted · Undo"). Announced to screen readers through role=status.
 */
import { h, mountShadowUi } from './shadow-host';

/** How long a toast stays: long enough to reach "Undo". */
const TOAST_MS = 8000;

/**
 * Shows a toast.
 *
 * @param doc - The page.
 * @param message - What happened.
 * @param action - Optional button.
 * @return Hides it early.
 */
export function showToast(
  doc: Document,
  message: string,
  action?: { label: string; run: () => void },
): () => void {
  const ui = mountShadowUi(doc, 'toast');
  const win = doc.defaultView ?? window;
  const children: Node[] = [h(doc, 'span', { text: message })];
  if (action) {
    const button = h(doc, 'button', { type: 'button', text: action.label });
    button.addEventListener('click', () => {
      hide();
      action.run();
    });
    children.push(button);
  }
  const panel = h(doc, 'div', { class: 'panel toast', role: 'status' }, children);
  panel.style.position = 'fixed';
  panel.style.left = '50%';
  panel.style.transform = 'translateX(-50%)';
  panel.style.bottom = '16px';
  ui.host.style.position = 'fixed';
  ui.root.append(panel);
  const timer = win.setTimeout(() => hide(), TOAST_MS);
  function hide() {
    win.clearTimeout(timer);
    ui.remove();
  }
  return hide;
}
