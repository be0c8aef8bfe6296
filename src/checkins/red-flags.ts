/**
 * Signs that call for medical care rather than a tip, each with how soon: `emergency`, an
 * ambulance now; `doctor`, a doctor soon and before the next run. The check-in asks about
 * these and the safety note lists them, so both always say the same thing. Most urgent first.
 */
export const RED_FLAG_TRIAGE = {
  'chest-pain': 'emergency',
  'breathless-beyond-effort': 'emergency',
  'spreading-pain': 'emergency',
  'sweating-nausea-light-headed': 'emergency',
  'tearing-pain': 'emergency',
  'legs-bladder-bowel': 'emergency',
  'with-effort': 'doctor',
  'fever-unwell': 'doctor',
  'weight-loss': 'doctor',
  'fall-or-accident': 'doctor',
  'risk-history': 'doctor',
  'new-after-50': 'doctor',
  'night-or-rest-pain': 'doctor',
  'one-arm-tingling': 'doctor',
  'not-easing': 'doctor',
} as const;

export type RedFlag = keyof typeof RED_FLAG_TRIAGE;
export type Triage = (typeof RED_FLAG_TRIAGE)[RedFlag];

export const TRIAGE_LEVELS: readonly Triage[] = ['emergency', 'doctor'];
export const RED_FLAGS = Object.keys(RED_FLAG_TRIAGE) as RedFlag[];

export const redFlagsAt = (level: Triage): RedFlag[] => RED_FLAGS.filter((flag) => RED_FLAG_TRIAGE[flag] === level);

/**
 * Ids earlier versions stored, and what they mean now. "Short of breath" is what every runner
 * is after a run; the question now asks about breathlessness the effort does not explain.
 */
const RENAMED: Readonly<Record<string, RedFlag>> = {
  'short-of-breath': 'breathless-beyond-effort',
  'arm-numbness': 'one-arm-tingling',
};

/** A stored or imported flag, an old id read as its new one; anything else is not a flag. */
export function readRedFlag(value: unknown): RedFlag | undefined {
  if (typeof value !== 'string') return undefined;
  if (Object.hasOwn(RED_FLAG_TRIAGE, value)) return value as RedFlag;
  return Object.hasOwn(RENAMED, value) ? RENAMED[value] : undefined;
}
