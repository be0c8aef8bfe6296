import { type CheckInAnswer, urgency } from '../checkins/check-in';
import { t } from '../i18n/translate';

/** The clear, calm safety message a check-in with red flags or severe pain calls for. */
export function UrgentNotice({ answer }: { answer: CheckInAnswer }) {
  const level = urgency(answer);
  if (!level) return null;
  return (
    <div class="bs-urgent" role="alert" data-testid="urgent-notice" data-urgency={level}>
      <strong>{t(`urgent.${level}.title`)}</strong>
      <p>{t(`urgent.${level}.body`)}</p>
    </div>
  );
}
