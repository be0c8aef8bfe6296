import { normalizeWord } from './normalize-text';

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const PART = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/g;

const SECONDS_PER_WORD: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  std: 3600,
  stunde: 3600,
  stunden: 3600,
  hora: 3600,
  horas: 3600,
  ora: 3600,
  ore: 3600,
  uur: 3600,
  heure: 3600,
  heures: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  minuten: 60,
  minuto: 60,
  minutos: 60,
  minuti: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  sek: 1,
  sekunde: 1,
  sekunden: 1,
  seconde: 1,
  secondes: 1,
  segundo: 1,
  segundos: 1,
  secondi: 1,
  seconden: 1,
};

/**
 * Seconds from a duration as pages write it: "36:36" (minutes:seconds), "1:02:03",
 * "2h 5m", "1 h 02 min", "2 Std. 5 Min.", "45s". Undefined for anything else.
 */
export function parseDuration(text: string): number | undefined {
  const compact = normalizeWord(text);
  const clock = CLOCK.exec(compact);
  if (clock) {
    const [, hours, minutes, seconds] = clock;
    if (Number(seconds) >= 60 || (hours !== undefined && Number(minutes) >= 60)) return undefined;
    return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  return parseWordedDuration(compact.replace(/([a-z])\./g, '$1'));
}

function parseWordedDuration(text: string): number | undefined {
  let total = 0;
  let consumed = '';
  for (const [whole, amount = '', word = ''] of text.matchAll(PART)) {
    const factor = SECONDS_PER_WORD[word];
    if (factor === undefined) return undefined;
    total += Number(amount.replace(',', '.')) * factor;
    consumed += whole;
  }
  const leftover = text.replace(/\s/g, '').length - consumed.replace(/\s/g, '').length;
  return consumed && leftover === 0 ? total : undefined;
}
