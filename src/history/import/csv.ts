const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * The rows of a CSV text as RFC 4180 writes them: fields split on commas, quoted fields may hold
 * commas, line breaks and doubled quotes; lines end in CRLF or LF; a leading BOM is dropped.
 * Blank lines are left out. It scans the text once, slicing between delimiters, so a ten-year
 * export (megabytes) reads in milliseconds. An unclosed quote runs to the end of the text, as
 * spreadsheets read it.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row: string[] = [];
  while (at < length) {
    let field: string;
    if (text.charCodeAt(at) === QUOTE) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          value += text.slice(from);
          at = length;
          break;
        }
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      // Anything between the closing quote and the next delimiter is kept, as lenient readers do.
      const end = delimiterAt(text, at);
      field = value + text.slice(at, end);
      at = end;
    } else {
      const end = delimiterAt(text, at);
      field = text.slice(at, end);
      at = end;
    }
    row.push(field);
    const code = text.charCodeAt(at);
    if (code === COMMA) {
      at++;
      if (at === length) row.push('');
      continue;
    }
    // End of a line (or of the text).
    if (code === CR) at++;
    if (text.charCodeAt(at) === LF) at++;
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Where the unquoted field starting at `from` ends: the next comma or line end, or the text's end. */
function delimiterAt(text: string, from: number): number {
  let at = from;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === LF || code === CR) return at;
    at++;
  }
  return length;
}
