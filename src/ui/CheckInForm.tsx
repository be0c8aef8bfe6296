import { useRef, useState } from 'preact/hooks';
import {
  asksRedFlags,
  BACK_AREAS,
  type CheckIn,
  type CheckInAnswer,
  type RedFlag,
  SORENESS_LEVELS,
} from '../checkins/check-in';
import { redFlagsAt, TRIAGE_LEVELS } from '../checkins/red-flags';
import { t } from '../words/language';

/** Settles once the background has stored the answer and sent the state that has it. */
export type SaveCheckIn = (answer: CheckInAnswer) => Promise<unknown>;

interface CheckInFormProps {
  checkIn: CheckIn | null;
  onSave: SaveCheckIn;
  /** Distinguishes the form's ids where several views could show one. */
  idPrefix: string;
}

const NOTHING: CheckInAnswer = { soreness: 'none', areas: [], redFlags: [] };

/**
 * One tap: how the upper back feels after this run. Where is optional and folded away; the
 * symptoms that call for a doctor are asked outright once the pain is moderate or worse, and
 * folded away below that. Every change is saved at once; the view shows the safety message a
 * red flag or severe pain calls for above everything else.
 */
export function CheckInForm({ checkIn, onSave, idPrefix }: CheckInFormProps) {
  const [shown, save] = useRunnersAnswer(checkIn, onSave);
  const answer = shown ?? NOTHING;
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean) =>
    on ? [...new Set([...list, item])] : list.filter((kept) => kept !== item);
  const flagsAsked = asksRedFlags(answer);
  const redFlags = (
    <RedFlagQuestions
      ticked={answer.redFlags}
      idPrefix={idPrefix}
      onToggle={(flag, on) => save({ redFlags: toggle(answer.redFlags, flag, on) })}
    />
  );

  return (
    <section class="bs-check-in" aria-labelledby={`${idPrefix}-question`} data-testid="check-in">
      <h3 id={`${idPrefix}-question`} class="bs-check-in-question">
        {t('checkIn.question')}
      </h3>
      <div class="bs-soreness" role="radiogroup" aria-labelledby={`${idPrefix}-question`}>
        {SORENESS_LEVELS.map((level) => (
          <label key={level} class="bs-soreness-choice">
            {/* No shared name: Chromium keeps every removed named radio of a shadow root alive,
                and the panel is rebuilt on each in-page navigation. */}
            <input
              type="radio"
              value={level}
              data-soreness={level}
              checked={shown?.soreness === level}
              onChange={() => save({ soreness: level })}
            />
            <span>{t(`checkIn.soreness.${level}`)}</span>
          </label>
        ))}
      </div>
      {flagsAsked && (
        <div class="bs-check-in-details" data-testid="red-flags">
          {redFlags}
        </div>
      )}
      {checkIn && (
        <>
          <p class="bs-empty" role="status">
            {t('checkIn.saved')}
          </p>
          <details class="bs-check-in-details">
            <summary>{t(flagsAsked ? 'checkIn.detailsWhere' : 'checkIn.details')}</summary>
            <fieldset>
              <legend>{t('checkIn.where')}</legend>
              {BACK_AREAS.map((area) => (
                <label key={area} class="bs-field">
                  <input
                    type="checkbox"
                    name={`${idPrefix}-area-${area}`}
                    checked={answer.areas.includes(area)}
                    onChange={(event) => save({ areas: toggle(answer.areas, area, event.currentTarget.checked) })}
                  />
                  <span>{t(`checkIn.area.${area}`)}</span>
                </label>
              ))}
            </fieldset>
            {!flagsAsked && redFlags}
          </details>
        </>
      )}
    </section>
  );
}

/** The red flags, most urgent first, one group per triage level. */
function RedFlagQuestions({
  ticked,
  idPrefix,
  onToggle,
}: {
  ticked: readonly RedFlag[];
  idPrefix: string;
  onToggle: (flag: RedFlag, on: boolean) => void;
}) {
  return TRIAGE_LEVELS.map((level) => (
    <fieldset key={level} data-triage={level}>
      <legend>{t(`checkIn.redFlags.${level}`)}</legend>
      {redFlagsAt(level).map((flag) => (
        <label key={flag} class="bs-field">
          <input
            type="checkbox"
            name={`${idPrefix}-flag-${flag}`}
            data-red-flag={flag}
            checked={ticked.includes(flag)}
            onChange={(event) => onToggle(flag, event.currentTarget.checked)}
          />
          <span>{t(`checkIn.redFlag.${flag}`)}</span>
        </label>
      ))}
    </fieldset>
  ));
}

/**
 * The answer on screen: the runner's latest tap while any save is on its way, then the stored
 * check-in again. Taps come quicker than saves, so each tap builds on the last one, and a state
 * pushed for an earlier tap does not undo a later one. Once every save has been answered the
 * stored check-in is the truth, whichever view gave it.
 */
function useRunnersAnswer(
  checkIn: CheckIn | null,
  onSave: SaveCheckIn,
): [CheckInAnswer | null, (change: Partial<CheckInAnswer>) => void] {
  const [, rerender] = useState(0);
  const held = useRef<{ answer: CheckInAnswer; saving: number } | null>(null);
  const stored = checkIn && answerOf(checkIn);

  const save = (change: Partial<CheckInAnswer>) => {
    const next = { ...(held.current?.answer ?? stored ?? NOTHING), ...change };
    held.current = { answer: next, saving: (held.current?.saving ?? 0) + 1 };
    rerender((count) => count + 1);
    const settled = () => {
      const still = held.current;
      held.current = still && still.saving > 1 ? { ...still, saving: still.saving - 1 } : null;
      rerender((count) => count + 1);
    };
    Promise.resolve(onSave(next)).then(settled, settled);
  };
  return [held.current?.answer ?? stored, save];
}

function answerOf({ soreness, areas, redFlags }: CheckInAnswer): CheckInAnswer {
  return { soreness, areas, redFlags };
}
