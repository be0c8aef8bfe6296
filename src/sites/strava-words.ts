import type { Sport } from '../run/run-facts';

/** The stats we read from Strava's summary, by their label (accents folded, lower case). */
export type StravaStat =
  | 'distance'
  | 'movingTime'
  | 'elapsedTime'
  | 'elevation'
  | 'heartRate'
  | 'cadence'
  | 'temperature';

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
  heartRate: [
    'heart rate',
    'herzfrequenz',
    'frequence cardiaque',
    'frecuencia cardiaca',
    'frequenza cardiaca',
    'hartslag',
    'frequencia cardiaca',
  ],
  cadence: ['cadence', 'kadenz', 'schrittfrequenz', 'cadencia', 'cadenza', 'cadans'],
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
 * Sport names as the page's title and heading show them. A name we do not know gives no
 * sport at all, so an unrecognised activity is never taken for a run.
 */
const SPORT_BY_NAME: Record<string, Sport> = {
  run: 'run',
  lauf: 'run',
  laufen: 'run',
  'course a pied': 'run',
  carrera: 'run',
  correr: 'run',
  corsa: 'run',
  hardlopen: 'run',
  corrida: 'run',
  'trail run': 'trail-run',
  traillauf: 'trail-run',
  trail: 'trail-run',
  'carrera por montana': 'trail-run',
  'corsa in montagna': 'trail-run',
  'virtual run': 'virtual-run',
  'virtueller lauf': 'virtual-run',
  'course virtuelle': 'virtual-run',
  'carrera virtual': 'virtual-run',
  ride: 'other',
  radfahrt: 'other',
  'sortie a velo': 'other',
  'salida en bici': 'other',
  'giro in bici': 'other',
  fietsrit: 'other',
  pedalada: 'other',
  'virtual ride': 'other',
  swim: 'other',
  schwimmen: 'other',
  natation: 'other',
  natacion: 'other',
  nuoto: 'other',
  zwemmen: 'other',
  natacao: 'other',
  hike: 'other',
  wanderung: 'other',
  randonnee: 'other',
  senderismo: 'other',
  escursionismo: 'other',
  wandeling: 'other',
  caminhada: 'other',
  walk: 'other',
  spaziergang: 'other',
  marche: 'other',
  caminata: 'other',
  camminata: 'other',
  wandelen: 'other',
  'weight training': 'other',
  yoga: 'other',
  workout: 'other',
};

export function sportOfName(normalizedName: string): Sport | undefined {
  return SPORT_BY_NAME[normalizedName.trim()];
}

/** Strava's `workout_type` for runs. */
export const WORKOUT_TYPE_BY_CODE: Record<number, 'race' | 'long-run' | 'workout' | null> = {
  0: null,
  1: 'race',
  2: 'long-run',
  3: 'workout',
};
