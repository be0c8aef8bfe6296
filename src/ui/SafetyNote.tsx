import { redFlagsAt, TRIAGE_LEVELS } from '../checkins/red-flags';
import { t } from '../words/language';

/**
 * Always visible in every view: when to call an ambulance and when to see a doctor. Every
 * warning sign is the check-in's own red flag; they fold away so the note stays small in the
 * in-page panel.
 */
export function SafetyNote() {
  return (
    <div class="bs-safety" role="note" data-testid="safety-note">
      <span data-triage="emergency">
        <strong>{t('safety.emergency')}</strong> {t('safety.emergencyWhen')}
      </span>{' '}
      <span data-triage="doctor">
        <strong>{t('safety.doctor')}</strong> {t('safety.doctorWhen')}
      </span>
      <details>
        <summary>{t('safety.signs')}</summary>
        {TRIAGE_LEVELS.map((level) => (
          <div key={level} data-signs={level}>
            <strong>{t(`safety.signs.${level}`)}</strong>
            <ul>
              {redFlagsAt(level).map((flag) => (
                <li key={flag} data-sign={flag}>
                  {t(`checkIn.redFlag.${flag}`)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </div>
  );
}
