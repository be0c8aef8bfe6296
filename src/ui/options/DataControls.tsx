import { useState } from 'preact/hooks';
import { ask } from '../../ask';
import { CHECK_INS_ITEM } from '../../checkins/check-in-item';
import { checkInsCsv } from '../../data/export-data';
import { exportAll } from '../../data/stored-data';
import { HISTORY_ITEM } from '../../history/history-item';
import { t } from '../../words/language';
import { loadItem } from '../use-stored';

/** Everything Backstride keeps, as files the runner owns; brought back from one; or gone, after a confirm step. */
export function DataControls({ onStatus }: { onStatus: (message: string) => void }) {
  const [confirming, setConfirming] = useState<{ runs: number; checkIns: number } | undefined>();

  const exportJson = async () => {
    const data = await exportAll();
    download(`backstride-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2), 'application/json');
    onStatus(t('options.exported'));
  };

  const exportCsv = async () => {
    download(`backstride-check-ins-${today()}.csv`, checkInsCsv(await loadItem(CHECK_INS_ITEM)), 'text/csv');
    onStatus(t('options.exported'));
  };

  // The background reads the file again and takes in what it trusts: this page only passes it on.
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await ask({ type: 'import-data', text: await file.text() });
    if (result === undefined) onStatus(t('options.importFailed'));
    else if (!result.ok) onStatus(t('options.importRefused', { reason: t(`import.${result.problem}`) }));
    else if (result.outcome === 'kept-newer') onStatus(t('options.importKeptNewer'));
    else onStatus(t('options.imported', { runs: result.runs, checkIns: result.checkIns }));
  };

  const askToDelete = async () => {
    const [runs, checkIns] = await Promise.all([loadItem(HISTORY_ITEM), loadItem(CHECK_INS_ITEM)]);
    setConfirming({ runs: runs.length, checkIns: checkIns.length });
  };

  return (
    <section class="bs-card" aria-labelledby="data-title" data-testid="data-controls">
      <h2 id="data-title">{t('options.data')}</h2>
      <div class="bs-actions">
        <button type="button" class="bs-button bs-button-quiet" onClick={() => void exportJson()}>
          {t('options.export')}
        </button>
        <button type="button" class="bs-button bs-button-quiet" onClick={() => void exportCsv()}>
          {t('options.exportCsv')}
        </button>
      </div>
      <label class="bs-field">
        <span>{t('options.import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          name="import"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
      </label>
      {confirming === undefined ? (
        <button
          type="button"
          class="bs-button bs-button-quiet"
          data-action="delete-all"
          onClick={() => void askToDelete()}
        >
          {t('options.deleteAll')}
        </button>
      ) : (
        <div class="bs-confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            {t('options.deleteAll.confirm', { count: confirming.runs, checkIns: confirming.checkIns })}
          </p>
          <button
            type="button"
            class="bs-button bs-button-danger"
            data-action="confirm-delete"
            onClick={() =>
              void ask({ type: 'delete-all' }).then((deleted) => {
                setConfirming(undefined);
                onStatus(t(deleted ? 'options.deleted' : 'options.deleteFailed'));
              })
            }
          >
            {t('options.deleteAll.yes')}
          </button>
          <button type="button" class="bs-button bs-button-quiet" onClick={() => setConfirming(undefined)}>
            {t('options.deleteAll.no')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Saves text as a file through the browser's own download of a local object URL: nothing leaves the machine. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
