import type { TipDefinition } from './tip';

/**
 * Every idea of the article, one entry each: when it applies, how strong its evidence is
 * (the public works behind that are in `./tip-sources`), where in the article it comes from
 * and which signals it answers. `established` needs trials or consensus in runners or athletes that test the advice
 * itself; evidence from other people or for a mechanism only makes a tip `plausible`. The words
 * are the words layer's (`src/words/tips/`), per language.
 * The order here is the fixed tie-break order of `selectTips`: equally relevant tips always
 * come out the same way.
 */
export const TIP_CATALOG: readonly TipDefinition[] = [
  {
    id: 'posture',
    when: ['during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 1 },
    answers: { long: 3, fast: 2, hilly: 2, 'new-runner': 2, commute: 1, spike: 1 },
  },
  {
    id: 'chest-stretch',
    when: ['before', 'after'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 2 },
    answers: { long: 2, fast: 1 },
  },
  {
    // Strength work prevents sports injuries in trials, but none tested upper-back pain in runners.
    id: 'upper-back-strength',
    when: ['rest-day'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 3 },
    answers: { long: 2, hilly: 1, 'volume-spike': 1 },
  },
  {
    id: 'breathing',
    when: ['during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 4 },
    answers: { fast: 3, workout: 2, race: 1, hilly: 1 },
  },
  {
    // Load carriage is studied in soldiers on foot, not in runners with a pack.
    id: 'carried-weight',
    when: ['before', 'during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 5 },
    answers: { commute: 3 },
  },
  {
    // Weak on a long run: drinking to thirst needs no reminder every time, and overdrinking is the risk.
    id: 'hydration',
    when: ['before', 'during', 'after'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 6 },
    answers: { long: 1, hot: 3, race: 1 },
  },
  {
    id: 'overuse',
    when: ['after', 'rest-day'],
    evidence: 'established',
    source: { kind: 'cause', number: 7 },
    answers: { long: 3, 'back-to-back': 3, 'volume-spike': 3, spike: 3, race: 1 },
  },
  {
    id: 'stress',
    when: ['before', 'rest-day'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 8 },
    answers: { race: 2, workout: 1 },
  },
  {
    id: 'footwear',
    when: ['before'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 9 },
    answers: { 'worn-shoes': 3 },
  },
  {
    id: 'see-a-doctor',
    when: ['after'],
    evidence: 'established',
    source: { kind: 'cause', number: 10 },
    answers: {},
  },
  {
    id: 'invisible-backpack',
    when: ['before'],
    evidence: 'folklore',
    source: { kind: 'cause', number: 11 },
    answers: { race: 1, commute: 1 },
  },
  {
    id: 'moon',
    when: ['rest-day'],
    evidence: 'folklore',
    source: { kind: 'cause', number: 12 },
    answers: { long: 1 },
  },
  {
    // Rough ground is what trail running is; a hilly road run is not, so `hilly` is left out.
    id: 'surface',
    when: ['before', 'during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 13 },
    answers: { trail: 3 },
  },
  {
    id: 'pace',
    when: ['during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 14 },
    answers: { fast: 3, race: 2, workout: 2, spike: 2 },
  },
  {
    id: 'warm-up-cool-down',
    when: ['before', 'after'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 15 },
    answers: { fast: 3, workout: 2, race: 2, cold: 2 },
  },
  {
    // Nothing about one run says anything about your genes: shown among all tips only.
    id: 'genetics',
    when: ['rest-day'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 16 },
    answers: {},
  },
  {
    id: 'weather',
    when: ['before', 'during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 17 },
    answers: { hot: 3, cold: 3 },
  },
  {
    id: 'mind-over-matter',
    when: ['during'],
    evidence: 'plausible',
    source: { kind: 'cause', number: 18 },
    answers: { race: 1 },
  },
  {
    // Stretching did not prevent injuries in trials: offered for comfort, not protection.
    id: 'stretches',
    when: ['after'],
    evidence: 'plausible',
    source: { kind: 'faq' },
    answers: { long: 2, 'back-to-back': 1, 'new-runner': 1 },
  },
  {
    id: 'new-runner',
    when: ['after', 'rest-day'],
    evidence: 'established',
    source: { kind: 'faq' },
    answers: { 'new-runner': 3 },
  },
];
