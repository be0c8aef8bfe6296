import { useState } from 'preact/hooks';
import { clearHistory, loadHistory } from '../../history/history-item';
import { t } from '../../i18n/translate';
import { clearDismissed, loadDismissed } from '../../settings/dismissed-runs';
import { loadSettings } from '../../settings/settings-item';

/** Everything Backstride keeps, as a file the runner owns; or gone, after a confirm step. */
export function DataControls({ onStatus }: { onStatus: (message: string) => void }) {
  const [confirming, setConfirming] = useState<number | undefined>();

  const exportAll = async () => {
    const [settings, history, dismissed] = await Promise.all([loadSettings(), loadHistory(), loadDismissed()]);
    const data = {
      exportedAt: new Date().toISOString(),
      format: 'backstride-export',
      version: 1,
      settings,
      history,
      dismissedRuns: [...dismissed],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `backstride-${data.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    onStatus(t('options.exported'));
  };

  const deleteAll = async () => {
    await Promise.all([clearHistory(), clearDismissed()]);
    setConfirming(undefined);
    onStatus(t('options.deleted'));
  };

  return (
    <div class="bs-actions" data-testid="data-controls">
      <button type="button" class="bs-button bs-button-quiet" onClick={() => void exportAll()}>
        {t('options.export')}
      </button>
      {confirming === undefined ? (
        <button
          type="button"
          class="bs-button bs-button-quiet"
          data-action="delete-all"
          onClick={() => void loadHistory().then((entries) => setConfirming(entries.length))}
        >
          {t('options.deleteAll')}
        </button>
      ) : (
        <div class="bs-confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">{t('options.deleteAll.confirm', { count: confirming })}</p>
          <button
            type="button"
            class="bs-button bs-button-danger"
            data-action="confirm-delete"
            onClick={() => void deleteAll()}
          >
            {t('options.deleteAll.yes')}
          </button>
          <button type="button" class="bs-button bs-button-quiet" onClick={() => setConfirming(undefined)}>
            {t('options.deleteAll.no')}
          </button>
        </div>
      )}
    </div>
  );
}
