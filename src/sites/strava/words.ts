import type { Sport } from '../../run/run-facts';

/** The stats we read from Strava's summary, by their label (accents folded, lower case). */
export type StravaStat = 'distance' | 'movingTime' | 'elapsedTime' | 'elevation' | 'temperature';

/** Labels as Strava writes them in English, German, French, Spanish, Italian, Dutch and Portuguese. */
const STAT_LABELS: Record<StravaStat, readonly string[]> = {
  distance: ['distance', 'distanz', 'strecke', 'distancia', 'distanza', 'afstand'],
  movingTime: [
    'moving time',
    'bewegungszeit',
    'temps de deplacement',
    'tiempo en movimiento',
    'tempo in movimento',
    'tijd in beweging',
    'bewegingstijd',
    'tempo em movimento',
  ],
  elapsedTime: [
    'elapsed time',
    'verstrichene zeit',
    'gesamtzeit',
    'temps ecoule',
    'tiempo transcurrido',
    'tempo trascorso',
    'verstreken tijd',
    'tempo decorrido',
  ],
  elevation: [
    'elevation',
    'elevation gain',
    'hohenmeter',
    'hohenunterschied',
    'denivele',
    'denivele positif',
    'desnivel',
    'desnivel positivo',
    'dislivello',
    'dislivello positivo',
    'hoogteverschil',
    'hoogtemeters',
    'elevacao',
    'ganho de elevacao',
  ],
  temperature: ['temperature', 'temperatur', 'temperatura', 'temperatuur'],
};

const STAT_BY_LABEL = new Map<string, StravaStat>(
  Object.entries(STAT_LABELS).flatMap(([stat, labels]) => labels.map((label) => [label, stat as StravaStat])),
);

export function statOfLabel(normalizedLabel: string): StravaStat | undefined {
  return STAT_BY_LABEL.get(normalizedLabel.replace(/[:：]$/, '').trim());
}

/** Strava's activity types (`type`, and `sport_type` since late 2024) that are runs. */
const SPORT_BY_TYPE: Record<string, Sport> = {
  Run: 'run',
  TrailRun: 'trail-run',
  VirtualRun: 'virtual-run',
};

/** Any type Strava names that is not a run is `other`: a ride or a swim never gets run tips. */
export function sportOfType(type: string): Sport {
  return SPORT_BY_TYPE[type] ?? 'other';
}

/**
 * Sport names as the page's title and heading show them, in the seven languages, by sport
 * (one string per sport: the reader goes into every activity page). A name we do not know
 * gives no sport at all, so an unrecognised activity is never taken for a run.
 */
const SPORT_NAMES: Record<Sport, string> = {
  run: 'run|lauf|laufen|course a pied|carrera|correr|corsa|hardlopen|corrida',
  'trail-run': 'trail run|traillauf|trail|carrera por montana|corsa in montagna',
  'virtual-run': 'virtual run|virtueller lauf|course virtuelle|carrera virtual',
  other:
    'ride|radfahrt|sortie a velo|salida en bici|giro in bici|fietsrit|pedalada|virtual ride|swim|schwimmen|natation|natacion|nuoto|zwemmen|natacao|hike|wanderung|randonnee|senderismo|escursionismo|wandeling|caminhada|walk|spaziergang|marche|caminata|camminata|wandelen|weight training|yoga|workout',
};
const SPORT_BY_NAME = new Map(
  Object.entries(SPORT_NAMES).flatMap(([sport, names]) =>
    names.split('|').map((name) => [name, sport as Sport] as const),
  ),
);

export function sportOfName(normalizedName: string): Sport | undefined {
  return SPORT_BY_NAME.get(normalizedName.trim());
}

/** Strava's `workout_type` for runs. */
export const WORKOUT_TYPE_BY_CODE: Record<number, 'race' | 'long-run' | 'workout' | null> = {
  0: null,
  1: 'race',
  2: 'long-run',
  3: 'workout',
};
