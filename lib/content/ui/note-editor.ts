/**
 * The note editor: a small dialog beside a highlight to write or change its
 * note and tags, or delete it. Keyboard: Ctrl/Cmd+Enter saves, Escape
 * cancels; focus starts in the note and returns to the page on close.
 */
import { t } from '../../i18n';
import { h, mountShadowUi } from './shadow-host';

/** What the editor shows. */
export interface NoteEditorInput {
  quote: string;
  note: string;
  tags: string[];
  /** Where the highlight is, in viewport coordinates. */
  rect: DOMRect;
  /** A new highlight has nothing to delete yet. */
  isNew: boolean;
}

/** What the editor reports. */
export interface NoteEditorActions {
  save: (value: { note: string; tags: string[] }) => void;
  delete?: () => void;
  cancel: () => void;
}

/**
 * Splits a tag field ("esg, capex;  2030") into clean tags.
 *
 * @param text - What the user typed.
 * @return Trimmed, de-duplicated, non-empty tags.
 */
export const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/**
 * Opens the editor.
 *
 * @param doc - The page.
 * @param input - Quote, current note and tags, position.
 * @param actions - Save, delete and cancel handlers.
 * @return Closes the editor.
 */
export function openNoteEditor(
  doc: Document,
  input: NoteEditorInput,
  actions: NoteEditorActions,
): () => void {
  const ui = mountShadowUi(doc, 'note-editor');
  const win = doc.defaultView ?? window;
  const previousFocus = doc.activeElement as HTMLElement | null;
  const noteField = h(doc, 'textarea', { name: 'note' });
  noteField.value = input.note;
  const tagsField = h(doc, 'input', { name: 'tags', placeholder: t('tagsPlaceholder') });
  tagsField.value = input.tags.join(', ');
  const save = h(doc, 'button', { type: 'submit', class: 'primary', text: t('save') });
  const cancel = h(doc, 'button', { type: 'button', text: t('cancel') });
  const buttons: Node[] = [cancel, save];
  if (!input.isNew && actions.delete) {
    const del = h(doc, 'button', { type: 'button', class: 'danger', text: t('delete') });
    del.addEventListener('click', () => {
      close();
      actions.delete?.();
    });
    buttons.unshift(del);
  }
  const form = h(
    doc,
    'form',
    { class: 'panel editor', role: 'dialog', 'aria-label': t('noteDialog') },
    [
      h(doc, 'div', { class: 'quote', text: `“${input.quote}”` }),
      h(doc, 'label', {}, [doc.createTextNode(t('fieldNote')), noteField]),
      h(doc, 'label', {}, [doc.createTextNode(t('fieldTags')), tagsField]),
      h(doc, 'div', { class: 'actions' }, buttons),
    ],
  );
  const left = Math.min(input.rect.left, win.innerWidth - 340);
  form.style.left = `${Math.max(4, left) + win.scrollX}px`;
  form.style.top = `${input.rect.bottom + win.scrollY + 8}px`;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    ui.remove();
    previousFocus?.focus?.({ preventScroll: true });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    close();
    actions.save({ note: noteField.value.trim(), tags: parseTags(tagsField.value) });
  });
  cancel.addEventListener('click', () => {
    close();
    actions.cancel();
  });
  form.addEventListener('keydown', (event) => {
    event.stopPropagation(); // the page's shortcuts must not fire while typing a note
    if (event.key === 'Escape') {
      close();
      actions.cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      form.requestSubmit();
    }
  });
  ui.root.append(form);
  noteField.focus({ preventScroll: true });
  return close;
}
