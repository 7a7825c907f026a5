/**
 * "Import bundle": choose a .pressmark.json (or a W3C Web Annotation file),
 * see what it would change (new, updated, unchanged, conflicting), then
 * import. Nothing is written before the user confirms, nor on failure.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { callBackground } from '../messaging';
import type { ImportSummary } from '../store/import-bundle';

/**
 * The import control.
 *
 * @param props - Called after a successful import (to reload lists).
 * @return The control and, once a file is chosen, its preview.
 */
export function ImportBundle({ onImported }: { onImported: () => void }) {
  const [pending, setPending] = useState<{
    name: string;
    text: string;
    summary: ImportSummary;
  } | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    const text = await file.text();
    const preview = await callBackground('previewImport', text);
    if (preview.ok) setPending({ name: file.name, text, summary: preview.value });
    else setMessage({ kind: 'alert', text: t('importRefused', file.name, preview.error) });
  };

  const confirm = async () => {
    if (!pending) return;
    const result = await callBackground('applyImport', pending.text);
    setPending(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: t('importFailed', result.error) });
    const a = result.value.annotations;
    setMessage({
      kind: 'status',
      text: t('importDone', a.new, a.updated, a.conflicting, a.unchanged),
    });
    onImported();
  };

  const s = pending?.summary.annotations;
  return (
    <div class="import-bundle">
      <label class="file-button">
        {t('importBundle')}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => choose(e.currentTarget)}
        />
      </label>
      {pending && s && (
        <section class="import-preview" aria-label={t('importPreview')} data-import-preview>
          <p>
            <strong>{pending.name}</strong>
            {pending.summary.author ? ` · ${pending.summary.author}` : ''}
          </p>
          <ul>
            <li data-count="new">{t('importNew', s.new)}</li>
            <li data-count="updated">{t('importUpdated', s.updated)}</li>
            <li data-count="unchanged">{t('importUnchanged', s.unchanged)}</li>
            <li data-count="conflicting">{t('importConflicting', s.conflicting)}</li>
          </ul>
          <div class="actions">
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
            <button type="button" class="primary" onClick={confirm}>
              {t('importConfirm')}
            </button>
          </div>
        </section>
      )}
      {message && (
        <p class={message.kind === 'alert' ? 'problem' : 'saved'} role={message.kind}>
          {message.text}
        </p>
      )}
    </div>
  );
}
