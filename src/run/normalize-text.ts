/** Lower case, accents folded, spaces collapsed: "Kilomètres " → "kilometres". */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
