import { t } from '../i18n/translate';

/** Always visible in every view: this is not medical advice, and here is when to get help. */
export function SafetyNote() {
  return (
    <p class="bs-safety" role="note" data-testid="safety-note">
      <strong>{t('safety.doctor')}</strong> {t('safety.doctorWhen')} <strong>{t('safety.urgent')}</strong>{' '}
      {t('safety.urgentWhen')}
    </p>
  );
}
