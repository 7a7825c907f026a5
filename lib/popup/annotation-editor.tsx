/**
 * Editing an annotation in the popup: note and tags for every kind, and for
 * automatic findings their fields too (changing them marks the finding
 * "corrected").
 */
import { useState } from 'preact/hooks';
import { parseTags } from '../content/ui/note-editor';
import { type MessageKey, t } from '../i18n';
import type { Annotation, Firmness } from '../model';
import type { AnnotationPatch } from '../store/annotations';

type FieldKey = 'entity' | 'actor' | 'action' | 'deadline';
const FIELDS: Record<'organization' | 'commitment', [key: FieldKey, label: MessageKey][]> = {
  organization: [['entity', 'fieldOrganization']],
  commitment: [
    ['actor', 'fieldActor'],
    ['action', 'fieldAction'],
    ['deadline', 'fieldDeadline'],
  ],
};

/**
 * The edit form.
 *
 * @param props - The annotation, and what to do on save or cancel.
 * @return The form.
 */
export function AnnotationEditor({
  annotation,
  onSave,
  onCancel,
}: {
  annotation: Annotation;
  onSave: (patch: AnnotationPatch) => Promise<void>;
  onCancel: () => void;
}) {
  const d = annotation.detection;
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [fields, setFields] = useState<Record<string, string>>({
    entity: d?.entity ?? '',
    actor: d?.actor ?? '',
    action: d?.action ?? '',
    deadline: d?.deadline ?? '',
    firmness: d?.firmness ?? '',
  });
  const kindFields = annotation.kind === 'note' ? [] : FIELDS[annotation.kind];

  const submit = async (event: Event) => {
    event.preventDefault();
    const patch: AnnotationPatch = { note: note.trim(), tags: parseTags(tags) };
    if (d) {
      const next = { ...d };
      for (const [key] of kindFields) {
        const value = fields[key]?.trim();
        if (value) next[key] = value;
        else delete next[key];
      }
      if (annotation.kind === 'commitment' && fields.firmness)
        next.firmness = fields.firmness as Firmness;
      if (JSON.stringify(next) !== JSON.stringify(d)) {
        patch.detection = next;
        patch.review = 'corrected';
      }
    }
    await onSave(patch);
  };

  return (
    <form class="edit" onSubmit={submit}>
      {kindFields.map(([key, label]) => (
        <label key={key}>
          {t(label)}
          <input
            value={fields[key]}
            onInput={(e) => setFields({ ...fields, [key]: e.currentTarget.value })}
          />
        </label>
      ))}
      {annotation.kind === 'commitment' && (
        <label>
          {t('fieldFirmness')}
          <select
            value={fields.firmness}
            onChange={(e) => setFields({ ...fields, firmness: e.currentTarget.value })}
          >
            <option value="firm">{t('firmnessFirm')}</option>
            <option value="intent">{t('firmnessIntent')}</option>
            <option value="conditional">{t('firmnessConditional')}</option>
          </select>
        </label>
      )}
      <label>
        {t('fieldNote')}
        <textarea
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit(e)}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this annotation
          autoFocus={annotation.kind === 'note'}
        />
      </label>
      <label>
        {t('fieldTags')}
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
