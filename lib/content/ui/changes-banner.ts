/**
 * "This release changed since you annotated it": a banner at the top of the
 * page with a readable, sentence-level list of what changed.
 */

import { type MessageKey, t } from '../../i18n';
import type { TextChange } from '../../model';
import { h, mountShadowUi } from './shadow-host';

const summary = (changes: readonly TextChange[]): string => {
  const count = (kind: TextChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts: [number, MessageKey][] = [
    [count('edited'), 'sentencesEdited'],
    [count('added'), 'sentencesAdded'],
    [count('removed'), 'sentencesRemoved'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, key]) => t(key, n))
    .join(', ');
};

/**
 * Renders one change as a list item.
 *
 * @param doc - Owner document.
 * @param change - The change.
 * @return The item.
 */
export function changeItem(doc: Document, change: TextChange): HTMLLIElement {
  const label = t(
    ({ added: 'changeAdded', removed: 'changeRemoved', edited: 'changeEdited' } as const)[
      change.kind
    ],
  );
  const children: Node[] = [h(doc, 'strong', { text: `${label}: ` })];
  if (change.before !== undefined) children.push(h(doc, 'del', { text: change.before }));
  if (change.before !== undefined && change.after !== undefined)
    children.push(doc.createTextNode(' → '));
  if (change.after !== undefined) children.push(h(doc, 'ins', { text: change.after }));
  return h(doc, 'li', { class: `change change-${change.kind}` }, children);
}

/**
 * Shows the banner.
 *
 * @param doc - The page.
 * @param changes - What changed; must not be empty.
 * @return Removes the banner.
 */
export function showChangesBanner(doc: Document, changes: readonly TextChange[]): () => void {
  const ui = mountShadowUi(doc, 'changes');
  ui.host.setAttribute('data-pressmark-changed', String(changes.length));
  ui.host.style.position = 'fixed';
  const list = h(
    doc,
    'ol',
    { class: 'changes' },
    changes.map((c) => changeItem(doc, c)),
  );
  list.hidden = true;
  const toggle = h(doc, 'button', {
    type: 'button',
    text: t('showChanges'),
    'aria-expanded': 'false',
  });
  toggle.addEventListener('click', () => {
    list.hidden = !list.hidden;
    toggle.textContent = t(list.hidden ? 'showChanges' : 'hideChanges');
    toggle.setAttribute('aria-expanded', String(!list.hidden));
  });
  const close = h(doc, 'button', { type: 'button', text: t('dismiss') });
  close.addEventListener('click', () => ui.remove());
  const panel = h(
    doc,
    'section',
    { class: 'panel banner', role: 'status', 'aria-label': t('toolbarLabel') },
    [
      h(doc, 'p', {}, [
        h(doc, 'strong', { text: `${t('changedSince')} ` }),
        doc.createTextNode(`${summary(changes)}.`),
      ]),
      h(doc, 'div', { class: 'actions' }, [toggle, close]),
      list,
    ],
  );
  ui.root.append(panel);
  return ui.remove;
}
