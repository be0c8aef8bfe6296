import { describe, expect, it } from 'vitest';
import { applyFirstRunAnswers } from '../../../src/settings/first-run';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { THRESHOLD_FIELDS, thresholdProblem } from '../../../src/settings/threshold-fields';
import { firstRunProblemText, thresholdProblemText } from '../../../src/words/settings-words';

const field = (key: string) => {
  const found = THRESHOLD_FIELDS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('threshold fields in the runner’s units', () => {
  it.each([
    ['longDistanceM', 15_000, 'metric', '15'],
    ['longDistanceM', 15_000, 'imperial', '9.3'],
    ['longMovingTimeS', 4500, 'metric', '75'],
    ['fastPaceSPerKm', 300, 'metric', '5:00'],
    ['fastPaceSPerKm', 300, 'imperial', '8:03'],
    ['hotC', 25, 'imperial', '77'],
    ['coldC', 5, 'metric', '5'],
    ['wornShoesM', 700_000, 'imperial', '435'],
  ] as const)('%s = %d shows in %s as %s', (key, value, units, text) => {
    expect(field(key).toText(value, units)).toBe(text);
  });

  it.each([
    ['longDistanceM', '21,1', 'metric', 21_100],
    ['longDistanceM', '10', 'imperial', 16_093.44],
    ['fastPaceSPerKm', '4:30', 'metric', 270],
    ['fastPaceSPerKm', '8:00', 'imperial', 298.26],
    ['hotC', '86', 'imperial', 30],
  ] as const)('%s typed as %s in %s reads as %d', (key, text, units, value) => {
    expect(field(key).fromText(text, units)).toBeCloseTo(value, 1);
  });

  it('explains what is wrong with a value, and accepts a good one', () => {
    const problem = (key: string, text: string) => {
      const found = thresholdProblem(field(key), text, 'metric');
      return found && [found, thresholdProblemText(found, field(key), 'metric')];
    };
    expect(problem('longDistanceM', 'far')).toEqual(['not-a-number', 'Enter a number (3–100 km).']);
    expect(problem('longDistanceM', '500')).toEqual(['out-of-range', 'Choose a value between 3–100 km.']);
    expect(problem('fastPaceSPerKm', 'quick')).toEqual([
      'not-a-pace',
      'Enter a pace like 5:00 (2:30–10:00 min per km).',
    ]);
    expect(problem('longDistanceM', '18')).toBeUndefined();
  });
});

describe('applyFirstRunAnswers', () => {
  it('tunes long and fast to the runner', () => {
    const { settings, problems } = applyFirstRunAnswers(
      DEFAULT_SETTINGS,
      { typicalLongRun: '20', easyPace: '6:00', experience: 'experienced' },
      'metric',
    );
    expect(problems).toEqual([]);
    expect(settings.thresholds.longDistanceM).toBeCloseTo(18_000);
    expect(settings.thresholds.fastPaceSPerKm).toBeCloseTo(316.8);
    expect(settings.experience).toBe('experienced');
    expect(settings.firstRunDone).toBe(true);
  });

  it('keeps the defaults for questions left blank', () => {
    const { settings } = applyFirstRunAnswers(
      DEFAULT_SETTINGS,
      { typicalLongRun: '', easyPace: '', experience: 'new' },
      'metric',
    );
    expect(settings.thresholds).toEqual(DEFAULT_SETTINGS.thresholds);
    expect(settings.experience).toBe('new');
  });

  it('changes nothing when an answer cannot be read', () => {
    const { settings, problems } = applyFirstRunAnswers(
      DEFAULT_SETTINGS,
      { typicalLongRun: 'a lot', easyPace: '6:00', experience: 'new' },
      'imperial',
    );
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['typicalLongRun']);
    expect(firstRunProblemText('typicalLongRun', 'imperial')).toBe('Enter your typical long run in miles, e.g. 16.');
  });
});
