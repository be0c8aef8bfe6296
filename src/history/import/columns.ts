/** A header name as compared: Unicode-normalised, typographic apostrophes made plain, trimmed. */
export function headerName(raw: string): string {
  return raw.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Where a column is, found by its name and, for names an export repeats, by which occurrence
 * (1 for the first): exports add and drop columns from year to year, so never by position.
 */
export function columnAt(header: readonly string[], name: string, occurrence = 1): number | undefined {
  let seen = 0;
  for (let index = 0; index < header.length; index++) {
    if (header[index] === name && ++seen === occurrence) return index;
  }
  return undefined;
}

/** A cell's text, trimmed; undefined when the column is missing or the cell is short. */
export function cell(row: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  return row[index]?.trim();
}

/** What a number cell holds: nothing, a number, or something that is not a number (a garbled row). */
export type NumberCell = number | undefined | 'bad';

/** Plain SI numbers, as both exports write their raw columns: "9349.7", "2738", "-0.1". */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** "6,060", "1,415.5": thousands separators, as Garmin writes counts and feet. */
const GROUPED_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number in a column that is always written the English way; "" and "--" are nothing. */
export function numberIn(text: string | undefined, { grouped = false } = {}): NumberCell {
  if (text === undefined || text === '' || text === '--') return undefined;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (grouped && GROUPED_NUMBER.test(text)) return Number(text.replaceAll(',', ''));
  return 'bad';
}

/** "01:02:03", "00:03:21.9", "41:07": a duration in seconds. */
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

export function durationIn(text: string | undefined): NumberCell {
  if (text === undefined || text === '' || text === '--') return undefined;
  const parts = CLOCK.exec(text);
  if (!parts) return 'bad';
  const [, hours = '0', minutes = '0', seconds = '0'] = parts;
  if (Number(minutes) > 59 || Number(seconds) >= 60) return 'bad';
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
