import type { TipSource } from './tip';

/**
 * The public sources behind the tips' evidence labels, each named once. Titles are the works'
 * own; links are plain https addresses (a DOI where the work has one), never taken from a page.
 */

/** The article every tip comes from. */
export const ARTICLE: TipSource = {
  title: 'Why Does My Upper Back Hurt After Running: Exploring the Mysteries of Post-Run Discomfort',
  publisher: 'danastotalimage.com (blog)',
  year: 2025,
  url: 'https://danastotalimage.com/blog/why-does-my-upper-back-hurt-after-running-exploring-the-mysteries-of-post-run-discomfort',
};

/** A living page, reviewed from time to time: its year is when we last checked it. */
export const NHS_BACK_PAIN: TipSource = {
  title: 'Back pain',
  publisher: 'NHS',
  year: 2026,
  url: 'https://www.nhs.uk/conditions/back-pain/',
};

export const PECTORALIS_MINOR_STRETCHES: TipSource = {
  title: 'Comparison of three stretches for the pectoralis minor muscle',
  publisher: 'Journal of Shoulder and Elbow Surgery',
  year: 2006,
  url: 'https://doi.org/10.1016/j.jse.2005.08.011',
};

export const EXERCISE_TO_PREVENT_SPORTS_INJURIES: TipSource = {
  title:
    'The effectiveness of exercise interventions to prevent sports injuries: a systematic review and meta-analysis of randomised controlled trials',
  publisher: 'British Journal of Sports Medicine',
  year: 2014,
  url: 'https://doi.org/10.1136/bjsports-2013-092538',
};

export const POSTURE_EXERCISE_IN_SWIMMERS: TipSource = {
  title: 'The effects of an exercise intervention on forward head and rounded shoulder postures in elite swimmers',
  publisher: 'British Journal of Sports Medicine',
  year: 2010,
  url: 'https://bjsm.bmj.com/content/44/5/376',
};

export const SLOW_BREATHING_REVIEW: TipSource = {
  title:
    'How Breath-Control Can Change Your Life: A Systematic Review on Psycho-Physiological Correlates of Slow Breathing',
  publisher: 'Frontiers in Human Neuroscience',
  year: 2018,
  url: 'https://doi.org/10.3389/fnhum.2018.00353',
};

export const LOAD_CARRIAGE: TipSource = {
  title: 'Soldier load carriage: historical, physiological, biomechanical, and medical aspects',
  publisher: 'Military Medicine',
  year: 2004,
  url: 'https://doi.org/10.7205/MILMED.169.1.45',
};

export const HYPONATRAEMIA_CONSENSUS: TipSource = {
  title:
    'Statement of the 3rd International Exercise-Associated Hyponatremia Consensus Development Conference, Carlsbad, California, 2015',
  publisher: 'British Journal of Sports Medicine',
  year: 2015,
  url: 'https://doi.org/10.1136/bjsports-2015-095004',
};

export const CRAMPS_NOT_DEHYDRATION: TipSource = {
  title:
    'Increased running speed and previous cramps rather than dehydration or serum sodium changes predict exercise-associated muscle cramping: a prospective cohort study in 210 Ironman triathletes',
  publisher: 'British Journal of Sports Medicine',
  year: 2011,
  url: 'https://doi.org/10.1136/bjsm.2010.078535',
};

export const LOAD_AND_INJURY_CONSENSUS: TipSource = {
  title:
    'How much is too much? (Part 1) International Olympic Committee consensus statement on load in sport and risk of injury',
  publisher: 'British Journal of Sports Medicine',
  year: 2016,
  url: 'https://doi.org/10.1136/bjsports-2016-096581',
};

/** One run much longer than the longest of the month before: the source of the `spike` signal. */
export const SINGLE_SESSION_SPIKES: TipSource = {
  title: 'How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study',
  publisher: 'British Journal of Sports Medicine',
  year: 2025,
  url: 'https://doi.org/10.1136/bjsports-2024-109380',
};

export const WEEKLY_DISTANCE_PROGRESSION: TipSource = {
  title:
    'Excessive progression in weekly running distance and risk of running-related injuries: an association which varies according to type of injury',
  publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
  year: 2014,
  url: 'https://doi.org/10.2519/jospt.2014.5164',
};

export const RUNNING_SHOES_AND_INJURIES: TipSource = {
  title:
    'Running shoes and running injuries: mythbusting and a proposal for two new paradigms: ‘preferred movement path’ and ‘comfort filter’',
  publisher: 'British Journal of Sports Medicine',
  year: 2015,
  url: 'https://doi.org/10.1136/bjsports-2015-095054',
};

export const TRAIL_RUNNING_INJURIES: TipSource = {
  title: 'Trail running injury risk factors: a living systematic review',
  publisher: 'British Journal of Sports Medicine',
  year: 2022,
  url: 'https://doi.org/10.1136/bjsports-2021-104858',
};

export const TRAINING_INTENSITY_DISTRIBUTION: TipSource = {
  title: 'What is best practice for training intensity and duration distribution in endurance athletes?',
  publisher: 'International Journal of Sports Physiology and Performance',
  year: 2010,
  url: 'https://doi.org/10.1123/ijspp.5.3.276',
};

export const WARM_UP_META_ANALYSIS: TipSource = {
  title: 'Effects of warming-up on physical performance: a systematic review with meta-analysis',
  publisher: 'Journal of Strength and Conditioning Research',
  year: 2010,
  url: 'https://doi.org/10.1519/JSC.0b013e3181c643a0',
};

export const COOL_DOWN_REVIEW: TipSource = {
  title:
    'Do We Need a Cool-Down After Exercise? A Narrative Review of the Psychophysiological Effects and the Effects on Performance, Injuries and the Long-Term Adaptive Response',
  publisher: 'Sports Medicine',
  year: 2018,
  url: 'https://doi.org/10.1007/s40279-018-0916-2',
};

export const BACK_AND_NECK_PAIN_TWINS: TipSource = {
  title: 'Structural, psychological, and genetic influences on low back and neck pain: a study of adult female twins',
  publisher: 'Arthritis & Rheumatism',
  year: 2004,
  url: 'https://doi.org/10.1002/art.20236',
};

export const HEAT_ILLNESS_POSITION_STAND: TipSource = {
  title: 'Exertional heat illness during training and competition (position stand)',
  publisher: 'American College of Sports Medicine',
  year: 2007,
  url: 'https://doi.org/10.1249/MSS.0b013e31802fa199',
};

export const COLD_INJURY_POSITION_STAND: TipSource = {
  title: 'Prevention of cold injuries during exercise (position stand)',
  publisher: 'American College of Sports Medicine',
  year: 2006,
  url: 'https://doi.org/10.1249/01.mss.0000241641.75101.64',
};

export const EXPECTATION_AND_PAIN: TipSource = {
  title: 'Getting the pain you expect: mechanisms of placebo, nocebo and reappraisal effects in humans',
  publisher: 'Nature Medicine',
  year: 2010,
  url: 'https://doi.org/10.1038/nm.2229',
};

export const MUSCLE_SORENESS_REVIEW: TipSource = {
  title: 'Delayed onset muscle soreness: treatment strategies and performance factors',
  publisher: 'Sports Medicine',
  year: 2003,
  url: 'https://doi.org/10.2165/00007256-200333020-00005',
};
