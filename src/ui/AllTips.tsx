import { TIP_CATALOG } from '../tips/catalog';
import { TIP_SOURCES } from '../tips/tip-sources';
import { t } from '../words/language';
import { TipCard } from './TipCard';

/** Every tip of the catalog, for a runner who wants to read them all. Folklore only on request. */
export function AllTips({ showFolklore }: { showFolklore: boolean }) {
  const tips = TIP_CATALOG;
  const shown = tips.filter((tip) => showFolklore || tip.evidence !== 'folklore');
  const hidden = tips.length - shown.length;
  return (
    <section class="bs-all-tips" aria-labelledby="all-tips-title" data-testid="all-tips">
      <h2 id="all-tips-title">{t('sidepanel.allTips')}</h2>
      <p>{t('sidepanel.allTipsIntro')}</p>
      <ul class="bs-tips">
        {shown.map((tip) => (
          <TipCard key={tip.id} tip={tip} collapsed sources={TIP_SOURCES[tip.id]} />
        ))}
      </ul>
      {hidden > 0 && <p class="bs-empty">{t('sidepanel.folkloreHidden', { count: hidden })}</p>}
    </section>
  );
}
