/**
 * The small toolbar shown above a text selection inside the article:
 * "Highlight" and "Highlight with note".
 */
import { t } from '../../i18n';
import { h, mountShadowUi } from './shadow-host';

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  highlight: () => void;
  note: () => void;
}

/** A toolbar that can be placed over a selection and hidden. */
export interface SelectionToolbar {
  /** Shows the toolbar above a rectangle given in viewport coordinates. */
  show(rect: DOMRect): void;
  hide(): void;
  /** Removes the toolbar from the page. */
  destroy(): void;
}

/** Gap between the selection and the toolbar, in CSS pixels. */
const OFFSET = 8;
/** Toolbar height used to place it above the selection before it is measured. */
const HEIGHT_GUESS = 38;

/**
 * Creates the (hidden) selection toolbar.
 *
 * @param doc - The page.
 * @param actions - Button handlers.
 * @return The toolbar.
 */
export function createSelectionToolbar(doc: Document, actions: ToolbarActions): SelectionToolbar {
  const ui = mountShadowUi(doc, 'toolbar');
  const highlight = h(doc, 'button', {
    type: 'button',
    text: t('highlight'),
    title: t('highlightTitle'),
  });
  const note = h(doc, 'button', {
    type: 'button',
    text: t('highlightWithNote'),
    title: t('highlightWithNoteTitle'),
  });
  const panel = h(
    doc,
    'div',
    { class: 'panel toolbar', role: 'toolbar', 'aria-label': t('toolbarLabel') },
    [highlight, note],
  );
  // The host's own `hidden` mirrors the panel's, so tests (and the page) can
  // see whether the toolbar is up without reaching into the closed root.
  const setHidden = (hidden: boolean) => {
    panel.hidden = hidden;
    ui.host.hidden = hidden;
  };
  setHidden(true);
  // Keep the page's selection alive while the user clicks a button.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  highlight.addEventListener('click', () => actions.highlight());
  note.addEventListener('click', () => actions.note());
  ui.root.append(panel);
  const win = doc.defaultView ?? window;
  return {
    show(rect) {
      const top = rect.top + win.scrollY - HEIGHT_GUESS - OFFSET;
      const below = rect.bottom + win.scrollY + OFFSET;
      panel.style.top = `${top < win.scrollY ? below : top}px`;
      panel.style.left = `${Math.max(win.scrollX + 4, rect.left + win.scrollX)}px`;
      setHidden(false);
    },
    hide() {
      setHidden(true);
    },
    destroy: ui.remove,
  };
}
