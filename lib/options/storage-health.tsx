/**
 * Durability: whether the browser keeps Pressmark's storage when space runs
 * low (persistent storage), how full the store is, and one-click backup and
 * restore. Browsers evict "best effort" storage under pressure; a persisted
 * store and a recent backup are what keep years of annotations safe.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { callBackground } from '../messaging';
import { settingsItem } from '../settings';
import { ExportButtons, type ExportSource } from '../ui/export-buttons';
import { ImportBundle } from '../ui/import-bundle';

/** Warn when the store uses more than this share of its quota. */
const QUOTA_WARNING = 0.8;

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Everything, tombstones and history included: the backup bundle. */
const everything: ExportSource = {
  name: 'backup',
  label: 'Pressmark backup',
  async *batches() {
    const all = await callBackground('exportEverything');
    if (!all.ok) throw new Error(all.error);
    yield all.value;
    await settingsItem.setValue({
      ...(await settingsItem.getValue()),
      lastBackup: new Date().toISOString(),
    });
  },
};

/**
 * The durability section of the options page.
 *
 * @return The section.
 */
export function StorageHealth() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);

  const refresh = async () => {
    setPersisted((await navigator.storage?.persisted?.()) ?? null);
    setEstimate((await navigator.storage?.estimate?.()) ?? null);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const persist = async () => {
    setPersisted((await navigator.storage?.persist?.()) ?? false);
  };

  const usage = estimate?.usage ?? 0;
  const quota = estimate?.quota ?? 0;
  const nearlyFull = quota > 0 && usage / quota > QUOTA_WARNING;

  return (
    <section class="storage" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storageTitle')}</h2>
      <p data-persisted={String(persisted)}>
        {persisted === null
          ? t('storagePersistUnknown')
          : persisted
            ? t('storagePersisted')
            : t('storageNotPersisted')}{' '}
        {persisted === false && (
          <button type="button" onClick={persist}>
            {t('storagePersistAsk')}
          </button>
        )}
      </p>
      {estimate && (
        <p class={nearlyFull ? 'problem' : ''} role={nearlyFull ? 'alert' : undefined}>
          {t(nearlyFull ? 'storageNearlyFull' : 'storageUsage', megabytes(usage), megabytes(quota))}
        </p>
      )}
      <h3>{t('backupTitle')}</h3>
      <p>{t('backupHint')}</p>
      <ExportButtons source={everything} />
      <ImportBundle onImported={() => void refresh()} />
    </section>
  );
}
