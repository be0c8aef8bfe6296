/** The languages Backstride speaks. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
