import { COVERAGE_ITEM, coverageSummary } from '../history/coverage';
import { HISTORY_ITEM } from '../history/history-item';
import { wallClockMs } from '../history/wall-clock';
import { runCoverageText } from '../words/history-words';
import { useStored } from './use-stored';

/**
 * One calm line under a run: which of the runner's runs of the 30 days before it Backstride
 * holds, or, when it may not hold them all, that a spike could not be judged and how to fix it.
 */
export function RunCoverage({ startTime }: { startTime: string }) {
  const history = useStored(HISTORY_ITEM);
  const spans = useStored(COVERAGE_ITEM);
  const when = wallClockMs(startTime);
  if (history === undefined || spans === undefined || when === undefined) return null;
  return (
    <p class="bs-hint bs-run-coverage" data-testid="run-coverage">
      {runCoverageText(coverageSummary(history, spans, when))}
    </p>
  );
}
