import { useRef, useState } from 'preact/hooks';
import type { TabState } from '../view-state/tab-state';
import { t } from '../words/language';

type Outcome = 'copied' | 'failed';

/**
 * On a page Backstride could not read: a page report the runner can copy into a bug report,
 * its exact text shown beside the button so they see what they would share. Nothing is sent;
 * renders nothing for a page that was read.
 */
export function PageReport({ state }: { state: TabState }) {
  // Which text the last copy was of: a switch to another tab's page starts afresh.
  const [outcome, setOutcome] = useState<{ text: string; result: Outcome }>();
  const textRef = useRef<HTMLPreElement>(null);
  const text = state.pageReport;
  if (state.paused || text === undefined) return null;
  const result = outcome?.text === text ? outcome.result : undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ text, result: 'copied' });
    } catch {
      setOutcome({ text, result: 'failed' });
      // Selected for the runner, who only has to copy it.
      const shown = textRef.current;
      if (shown) getSelection()?.selectAllChildren(shown);
    }
  };

  return (
    <section class="bs-report" data-testid="page-report" data-copy={result} aria-label={t('report.copy')}>
      <p class="bs-hint">{t('report.intro')}</p>
      <button type="button" class="bs-button" data-action="copy-page-report" onClick={() => void copy()}>
        {t(result === 'copied' ? 'report.copied' : 'report.copy')}
      </button>
      <p role="status" class="bs-report-status">
        {result === 'copied' && t('report.copiedStatus')}
        {result === 'failed' && t('report.copyFailed')}
      </p>
      <details class="bs-report-details" open={result === 'failed' || undefined}>
        <summary>{t('report.text')}</summary>
        <pre ref={textRef} class="bs-report-text" data-testid="page-report-text">
          {text}
        </pre>
      </details>
    </section>
  );
}
