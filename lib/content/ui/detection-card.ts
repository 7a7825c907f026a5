/**
 * The card shown over an automatic highlight: the organization's canonical
 * name, or the commitment's actor, action, amount, deadline and firmness,
 * with Accept, Correct and Dismiss. Hovering shows it; clicking pins it
 * and moves focus into it for the keyboard.
 */

import { t } from '../../i18n';
import type { Annotation, Firmness } from '../../model';
import { h, mountShadowUi } from './shadow-host';

/** Fields the user may correct. */
export interface DetectionCorrection {
  entity?: string;
  actor?: string;
  action?: string;
  deadline?: string;
  firmness?: Firmness;
}

/** What the card's buttons do. */
export interface DetectionCardActions {
  accept(): void;
  correct(fields: DetectionCorrection): void;
  dismiss(): void;
}

const FIRMNESS: Firmness[] = ['firm', 'intent', 'conditional'];
const FIRMNESS_LABEL = {
  firm: 'firmnessFirm',
  intent: 'firmnessIntent',
  conditional: 'firmnessConditional',
} as const;
const REVIEW = {
  pending: 'reviewPending',
  accepted: 'reviewAccepted',
  corrected: 'reviewCorrected',
  dismissed: 'reviewDismissed',
} as const;

const row = (doc: Document, label: string, value: string | undefined): Node[] =>
  value ? [h(doc, 'dt', { text: label }), h(doc, 'dd', { text: value })] : [];

const field = (doc: Document, label: string, name: string, value: string) => {
  const input = h(doc, 'input', { name });
  input.value = value;
  return { input, label: h(doc, 'label', {}, [doc.createTextNode(label), input]) };
};

/**
 * Opens the card under a highlight.
 *
 * @param doc - The page.
 * @param annotation - An automatic annotation (organization or commitment).
 * @param rect - The highlight's box, viewport coordinates.
 * @param actions - Review handlers.
 * @param pinned - Clicked (focus moves in) rather than hovered.
 * @return The card's host (to test pointer containment) and its close.
 */
export function openDetectionCard(
  doc: Document,
  annotation: Annotation,
  rect: DOMRect,
  actions: DetectionCardActions,
  pinned: boolean,
): { host: HTMLElement; close: () => void } {
  const ui = mountShadowUi(doc, 'detection-card');
  const win = doc.defaultView ?? window;
  const d = annotation.detection ?? { rule: '', confidence: 0 };
  const isCommitment = annotation.kind === 'commitment';
  const facts = h(doc, 'dl', { class: 'facts' }, [
    ...(isCommitment
      ? [
          ...row(doc, t('fieldActor'), d.actor ?? d.entity),
          ...row(doc, t('fieldAction'), d.action),
          ...row(doc, t('fieldAmount'), d.amount?.text),
          ...row(doc, t('fieldDeadline'), d.deadline),
          ...row(doc, t('fieldFirmness'), d.firmness && t(FIRMNESS_LABEL[d.firmness])),
        ]
      : row(doc, t('fieldOrganization'), d.entity)),
    ...row(doc, t('fieldConfidence'), `${Math.round((d.confidence ?? 0) * 100)}% (${d.rule})`),
    ...row(doc, t('fieldReview'), t(REVIEW[annotation.review ?? 'pending'])),
  ]);

  const form = h(doc, 'form', { class: 'correct' });
  form.hidden = true;
  const inputs = isCommitment
    ? {
        actor: field(doc, t('fieldActor'), 'actor', d.actor ?? ''),
        action: field(doc, t('fieldAction'), 'action', d.action ?? ''),
        deadline: field(doc, t('fieldDeadline'), 'deadline', d.deadline ?? ''),
      }
    : { entity: field(doc, t('fieldOrganization'), 'entity', d.entity ?? '') };
  const firmness = h(
    doc,
    'select',
    { name: 'firmness' },
    FIRMNESS.map((f) => h(doc, 'option', { value: f, text: t(FIRMNESS_LABEL[f]) })),
  );
  firmness.value = d.firmness ?? 'firm';
  form.append(
    ...Object.values(inputs).map((f) => f.label),
    ...(isCommitment
      ? [h(doc, 'label', {}, [doc.createTextNode(t('fieldFirmness')), firmness])]
      : []),
    h(doc, 'div', { class: 'actions' }, [
      h(doc, 'button', { type: 'submit', class: 'primary', text: t('saveCorrection') }),
    ]),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      Object.entries(inputs).map(([k, f]) => [k, f.input.value.trim()]),
    );
    close();
    actions.correct(isCommitment ? { ...values, firmness: firmness.value as Firmness } : values);
  });

  const button = (text: string, cls: string, run: () => void) => {
    const b = h(doc, 'button', { type: 'button', text, class: cls });
    b.addEventListener('click', run);
    return b;
  };
  const accept = button(t('accept'), 'primary', () => {
    close();
    actions.accept();
  });
  const buttons = h(doc, 'div', { class: 'actions' }, [
    button(t('dismiss'), 'danger', () => {
      close();
      actions.dismiss();
    }),
    button(t('correctEllipsis'), '', () => {
      form.hidden = false;
      (Object.values(inputs)[0]?.input as HTMLInputElement | undefined)?.focus();
    }),
    accept,
  ]);
  const title = t(isCommitment ? 'kindCommitment' : 'kindOrganization');
  const panel = h(
    doc,
    'section',
    { class: 'panel card', role: 'dialog', 'aria-label': `Pressmark: ${title}` },
    [h(doc, 'strong', { text: title }), facts, buttons, form],
  );
  panel.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') close();
  });
  panel.style.left = `${Math.max(4, Math.min(rect.left, win.innerWidth - 340)) + win.scrollX}px`;
  panel.style.top = `${rect.bottom + win.scrollY + 6}px`;
  ui.root.append(panel);
  if (pinned) accept.focus({ preventScroll: true });
  function close() {
    ui.remove();
  }
  return { host: ui.host, close };
}
