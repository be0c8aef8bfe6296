import { type CheckInAnswer, urgencies } from '../checkins/check-in';
import { t } from '../words/language';

/**
 * The clear, calm safety message a check-in with red flags or severe pain calls for: an
 * emergency first, then what needs a doctor soon.
 */
export function UrgentNotice({ answer }: { answer: CheckInAnswer }) {
  const levels = urgencies(answer);
  if (levels.length === 0) return null;
  return (
    <div class="bs-urgent" role="alert" data-testid="urgent-notice" data-urgency={levels[0]}>
      {levels.map((level) => (
        <div key={level} data-urgency-level={level}>
          <strong>{t(`urgent.${level}.title`)}</strong>
          <p>{t(`urgent.${level}.body`)}</p>
        </div>
      ))}
    </div>
  );
}
