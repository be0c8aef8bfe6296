import { redFlagsAt, TRIAGE_LEVELS } from '../checkins/red-flags';
import { t } from '../words/language';

/**
 * Always visible in every view: when to call an ambulance and when to see a doctor. Every
 * warning sign is the check-in's own red flag; they fold away so the note stays small. In the
 * in-page panel (`compact`) the two lines are short, and their full wording folds away with
 * the signs.
 */
export function SafetyNote({ compact = false }: { compact?: boolean }) {
  const emergency = (
    <>
      <strong>{t('safety.emergency')}</strong> {t('safety.emergencyWhen')}
    </>
  );
  const doctor = (
    <>
      <strong>{t('safety.doctor')}</strong> {t('safety.doctorWhen')}
    </>
  );
  return (
    <div class={compact ? 'bs-safety bs-safety-compact' : 'bs-safety'} role="note" data-testid="safety-note">
      <span data-triage="emergency">
        {compact ? (
          <>
            <strong>{t('safety.emergency')}</strong> {t('safety.emergencyShort')}
          </>
        ) : (
          emergency
        )}
      </span>{' '}
      <span data-triage="doctor">
        {compact ? (
          <>
            <strong>{t('safety.doctor')}</strong> {t('safety.doctorShort')}
          </>
        ) : (
          doctor
        )}
      </span>
      <details>
        <summary>{t('safety.signs')}</summary>
        {compact && (
          <>
            <p>{emergency}</p>
            <p>{doctor}</p>
          </>
        )}
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
