import { useState } from 'preact/hooks';
import { ask } from '../../ask';
import { COVERAGE_ITEM, coverageSummary } from '../../history/coverage';
import { HISTORY_ITEM } from '../../history/history-item';
import { type ExportPreview, parseExportFile, type SkipReason } from '../../history/import/export-file';
import { localWallClock } from '../../history/wall-clock';
import { t } from '../../words/language';
import type { MessageKey } from '../../words/messages/en';
import { useStored } from '../use-stored';

const SKIP_REASONS: readonly SkipReason[] = ['not-a-run', 'no-date', 'bad-number'];

const counted = (stem: string, count: number) => `${stem}.${count === 1 ? 'one' : 'other'}` as MessageKey;

/**
 * The runner's own export file (Strava's activities.csv, Garmin Connect's Activities.csv),
 * read in this page and shown in words before anything changes; the import itself is a
 * request to the background. Under it, what Backstride knows of the last 30 days.
 */
export function ImportHistory({ onStatus }: { onStatus: (message: string) => void }) {
  const [preview, setPreview] = useState<ExportPreview | undefined>();
  const [importing, setImporting] = useState(false);
  // Bumped to empty the file input, so the same file can be chosen again.
  const [inputVersion, setInputVersion] = useState(0);

  const clear = () => {
    setPreview(undefined);
    setInputVersion((version) => version + 1);
  };

  const readFile = async (file: File | undefined) => {
    setPreview(undefined);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      onStatus(t('importHistory.refused', { reason: t('importHistory.problem.not-csv') }));
      return;
    }
    const result = parseExportFile(text, file.name);
    if (!result.ok) {
      onStatus(t('importHistory.refused', { reason: t(`importHistory.problem.${result.problem}`) }));
      setInputVersion((version) => version + 1);
      return;
    }
    onStatus('');
    setPreview(result);
  };

  const importRuns = async ({ kind, runs, skipped }: ExportPreview) => {
    setImporting(true);
    // Strava's account export holds every activity. Garmin's list export holds what the list
    // showed: only a file with other sports in it is surely not filtered to runs.
    const whole = kind === 'strava-activities' || skipped.some((row) => row.reason === 'not-a-run');
    const reply = await ask({ type: 'import-history', runs, span: whole ? 'between' : 'none' });
    setImporting(false);
    if (reply === undefined) onStatus(t('importHistory.failed'));
    else if (reply.outcome === 'kept-newer') onStatus(t('importHistory.keptNewer'));
    else if (reply.added === 0) onStatus(t('importHistory.imported.none'));
    else onStatus(t(counted('importHistory.imported', reply.added), { count: reply.added }));
    clear();
  };

  return (
    <section class="bs-card" aria-labelledby="import-history-title" data-testid="import-history">
      <h2 id="import-history-title">{t('importHistory.title')}</h2>
      <p class="bs-empty">{t('importHistory.intro')}</p>
      <label class="bs-field">
        <span>{t('importHistory.file')}</span>
        <input
          key={inputVersion}
          type="file"
          accept=".csv,text/csv"
          name="import-history"
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
      </label>
      {preview && (
        <div data-testid="import-preview">
          <p>{previewText(preview)}</p>
          <div class="bs-actions">
            {preview.runs.length > 0 && (
              <button type="button" class="bs-button" disabled={importing} onClick={() => void importRuns(preview)}>
                {t('importHistory.import')}
              </button>
            )}
            <button type="button" class="bs-button bs-button-quiet" onClick={clear}>
              {t('importHistory.cancel')}
            </button>
          </div>
        </div>
      )}
      <CoverageNote />
    </section>
  );
}

/** "312 runs from 2019-03 to 2026-11; 4 rows skipped: 3 not runs, 1 without a date". */
function previewText(preview: ExportPreview): string {
  const { runs, skipped, firstDay = '', lastDay = '' } = preview;
  const runsText =
    runs.length === 0
      ? t('importHistory.runs.none')
      : runs.length === 1
        ? t('importHistory.runs.one', { count: 1, from: firstDay })
        : t('importHistory.runs.other', { count: runs.length, from: firstDay.slice(0, 7), to: lastDay.slice(0, 7) });
  const kind = t(`importHistory.kind.${preview.kind}`);
  if (skipped.length === 0) return t('importHistory.preview', { kind, runs: runsText });
  const reasons = SKIP_REASONS.map((reason) => [reason, skipped.filter((row) => row.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => t(counted(`importHistory.skip.${reason}`, count), { count }))
    .join(', ');
  const skippedText = t(counted('importHistory.skipped', skipped.length), { count: skipped.length, reasons });
  return t('importHistory.previewSkipped', { kind, runs: runsText, skipped: skippedText });
}

/** What Backstride holds of the runner's last 30 days, where it came from, and how to fill a gap. */
function CoverageNote() {
  const history = useStored(HISTORY_ITEM);
  const spans = useStored(COVERAGE_ITEM);
  if (history === undefined || spans === undefined) return null;
  const summary = coverageSummary(history, spans, localWallClock(Date.now()));
  const sources = (['list', 'import', 'page'] as const)
    .filter((source) => summary.bySource[source] > 0)
    .map((source) => t(`coverage.from.${source}`, { count: summary.bySource[source] }))
    .join(', ');
  return (
    <div data-testid="coverage">
      <p>
        {summary.runs === 0
          ? t('coverage.runs.none')
          : t(counted('coverage.runs', summary.runs), { count: summary.runs, sources })}
      </p>
      <p class="bs-hint">{t(summary.covered ? 'coverage.complete' : 'coverage.gap')}</p>
    </div>
  );
}
