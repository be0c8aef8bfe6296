import { describe, expect, it } from 'vitest';
import { type CheckIn, urgencies } from '../../../src/checkins/check-in';
import { RED_FLAG_TRIAGE, RED_FLAGS, type RedFlag, readRedFlag, redFlagsAt } from '../../../src/checkins/red-flags';
import { sanitizeCheckIns } from '../../../src/checkins/sanitize-check-ins';
import { LANGUAGES } from '../../../src/words/all-languages';
import { translate } from '../../../src/words/language';
import { LOCALES } from '../../../src/words/locale';

const MESSAGES = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].messages])) as Record<
  (typeof LOCALES)[number],
  (typeof LANGUAGES)['en']['messages']
>;
const { en, de, fr } = MESSAGES;

describe('red flags', () => {
  it.each([
    ['chest-pain', 'emergency'],
    ['breathless-beyond-effort', 'emergency'],
    ['spreading-pain', 'emergency'],
    ['sweating-nausea-light-headed', 'emergency'],
    ['tearing-pain', 'emergency'],
    ['legs-bladder-bowel', 'emergency'],
    ['with-effort', 'doctor'],
    ['fever-unwell', 'doctor'],
    ['weight-loss', 'doctor'],
    ['fall-or-accident', 'doctor'],
    ['risk-history', 'doctor'],
    ['new-after-50', 'doctor'],
    ['night-or-rest-pain', 'doctor'],
    ['one-arm-tingling', 'doctor'],
    ['not-easing', 'doctor'],
  ] as const)('%s is triaged as %s, with a label in every language', (flag, level) => {
    expect(RED_FLAG_TRIAGE[flag]).toBe(level);
    expect(urgencies({ soreness: 'mild', areas: [], redFlags: [flag] })).toEqual([level]);
    for (const locale of LOCALES) {
      const label = MESSAGES[locale][`checkIn.redFlag.${flag}`];
      expect(label?.trim(), `${locale} ${flag}`).toBeTruthy();
      expect(translate(LANGUAGES[locale], `urgent.${level}.title`), `${locale} ${flag}`).toBe(
        MESSAGES[locale][`urgent.${level}.title`],
      );
    }
  });

  it('has no flag without a level, and lists the most urgent first', () => {
    expect(RED_FLAGS).toHaveLength(15);
    expect(RED_FLAGS).toEqual([...redFlagsAt('emergency'), ...redFlagsAt('doctor')]);
  });

  it('asks about breathlessness the effort does not explain, not about being out of breath', () => {
    expect(en['checkIn.redFlag.breathless-beyond-effort']).toMatch(/at rest.*effort/);
    expect(de['checkIn.redFlag.breathless-beyond-effort']).toMatch(/in Ruhe.*Anstrengung/);
    expect(fr['checkIn.redFlag.breathless-beyond-effort']).toMatch(/au repos.*effort/);
  });
});

describe('the urgent messages', () => {
  it.each(
    LOCALES,
  )('in %s, send an emergency to the emergency number and keep a runner waiting for a doctor moving', (locale) => {
    const messages = MESSAGES[locale];
    for (const number of ['112', '999', '911']) expect(messages['urgent.emergency.body']).toContain(number);
    const holdOffAndMove = {
      en: 'hold off running; keep gently moving',
      de: 'lass das Laufen ruhen; bleib aber sanft in Bewegung',
      fr: 'mettez la course à pied en pause ; continuez à bouger en douceur',
      es: 'deja de correr; sigue moviéndote con suavidad',
      it: 'non correre; continua però a muoverti con dolcezza',
      nl: 'Stop tot dan met hardlopen; blijf wel rustig in beweging',
      pt: 'não corra; continue se movimentando com calma',
    }[locale];
    expect(messages['urgent.doctor.body']).toContain(holdOffAndMove);
  });

  it('keeps “fourmillements” in French', () => {
    expect(fr['urgent.doctor.body']).toContain('fourmillements');
  });

  it.each([
    ['en', /rest until then/i],
    ['de', /schone dich bis dahin/i],
    ['fr', /reposez-vous d’ici là/i],
    ['en', /shortness of breath/i],
  ] as const)('no longer says %s %s anywhere', (locale, phrase) => {
    const tips = Object.values(LANGUAGES[locale].tips).flatMap((tip) => [tip.title, tip.summary, ...tip.steps]);
    for (const text of [...Object.values(MESSAGES[locale]), ...tips]) expect(text).not.toMatch(phrase);
  });

  it('says in the tips that pain on effort, eased by rest, needs a doctor before the next run', () => {
    for (const locale of LOCALES) {
      const texts = LANGUAGES[locale].tips;
      for (const id of ['see-a-doctor', 'new-runner'] as const) {
        const steps = texts[id].steps.join(' ');
        const effort = {
          en: /effort|while you run/,
          de: /Belastung|beim Laufen/,
          fr: /effort|pendant la course/,
          es: /esfuerzo|mientras corres/,
          it: /sforzo|mentre corri/,
          nl: /inspanning|tijdens het lopen/,
          pt: /esforço|enquanto você corre/,
        }[locale];
        expect(steps, `${locale} ${id}`).toMatch(effort);
      }
    }
  });
});

describe('check-ins stored before the red flags were reworded', () => {
  const stored = (redFlags: unknown[]): unknown => ({
    key: 'strava:1',
    site: 'strava',
    activityId: '1',
    run: { sport: 'run' },
    signals: [],
    soreness: 'moderate',
    areas: [],
    redFlags,
    recordedAt: 1,
    updatedAt: 1,
  });

  it.each([
    ['chest-pain', 'chest-pain'],
    ['short-of-breath', 'breathless-beyond-effort'],
    ['arm-numbness', 'one-arm-tingling'],
    ['spreading-pain', 'spreading-pain'],
    ['hiccups', undefined],
    ['constructor', undefined],
    [7, undefined],
  ] as const)('reads %s as %s', (old, now) => {
    expect(readRedFlag(old)).toBe(now);
  });

  it('keeps every old check-in, with its flags under their new ids', () => {
    const [checkIn] = sanitizeCheckIns([stored(['short-of-breath', 'arm-numbness', 'chest-pain', 'short-of-breath'])]);
    expect(checkIn?.redFlags).toEqual<RedFlag[]>(['breathless-beyond-effort', 'one-arm-tingling', 'chest-pain']);
    expect(urgencies(checkIn as CheckIn)).toEqual(['emergency', 'doctor']);
  });
});
