import { normalizeWord } from '../../run/normalize-text';

/**
 * Month names as Strava writes dates in English, German, French, Spanish, Italian, Dutch and
 * Portuguese (accents folded), January first: one string, as the reader goes into every
 * activity page.
 */
const MONTHS =
  'january januar janvier enero gennaio januari janeiro|february februar fevrier febrero febbraio februari fevereiro|' +
  'march marz mars marzo maart marco|april avril abril aprile|may mai mayo maggio mei maio|' +
  'june juni juin junio giugno junho|july juli juillet julio luglio julho|august aout agosto augustus|' +
  'september septembre septiembre setiembre settembre setembro|october oktober octobre octubre ottobre outubro|' +
  'november novembre noviembre novembro|december dezember decembre diciembre dicembre dezembro';
const MONTH_BY_NAME = new Map(
  MONTHS.split('|').flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);

const CLOCK = /\b(\d{1,2})[:h](\d{2})\b/;
/** "AM"/"PM" as English writes them (capitals: German's "am" means "on"), "a. m."/"p. m." as Spanish does. */
const MERIDIEM = /\b([AP])M\b|\b([ap])\.\s?m\./;
const YEAR = /\b((?:19|20)\d{2})\b/;
const DAY = /\b(\d{1,2})\b/;

/**
 * The start time a Strava summary shows in its `<time>` text, which has no `datetime`
 * attribute: "11:32 AM on Sunday, September 15, 2024", "07:12 am Samstag, 18. Oktober 2025",
 * "07:03 le dimanche 12 octobre 2025"… The parts are found in any order. The runner's local
 * time, to the minute ("2024-09-15T11:32"); undefined unless every part is there.
 */
export function parseStravaStartTime(text: string): string | undefined {
  const clock = CLOCK.exec(text);
  if (!clock) return undefined;
  let hour = Number(clock[1]);
  const minute = Number(clock[2]);
  const meridiem = MERIDIEM.exec(text);
  if (meridiem && hour >= 1 && hour <= 12) hour = (hour % 12) + (/p/i.test(meridiem[1] ?? meridiem[2] ?? '') ? 12 : 0);
  if (hour > 23 || minute > 59) return undefined;

  const rest = text.replace(clock[0], ' ');
  const year = YEAR.exec(rest)?.[1];
  const day = year ? DAY.exec(rest.replace(year, ' '))?.[1] : undefined;
  const month = normalizeWord(rest)
    .split(/[^a-z]+/)
    .map((word) => MONTH_BY_NAME.get(word))
    .find((found) => found !== undefined);
  if (year === undefined || day === undefined || month === undefined) return undefined;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day), hour, minute));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 16);
}
