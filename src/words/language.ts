import type { TipId } from '../tips/tip';
import type { Locale } from './locale';
import type { MessageKey, Messages } from './messages/en';

/** A tip's words in one language; its definition (`tips/catalog`) holds everything else about it. */
export interface TipText {
  title: string;
  summary: string;
  /** 2–4 things a runner can do. */
  steps: readonly string[];
}

export type TipTexts = Record<TipId, TipText>;

/** Everything Backstride says in one language: the views' messages and the tips' words. */
export interface Language {
  locale: Locale;
  messages: Messages;
  tips: TipTexts;
}

export type MessageParams = Record<string, string | number>;

/** A message in a language, its {placeholders} filled in. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return language.messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

let spoken: Language | undefined;

/** The language this page's views speak from now on: set once, before they render. */
export function speak(language: Language): void {
  spoken = language;
}

/** The language the views speak. A view renders only once its page has chosen one. */
export function spokenLanguage(): Language {
  if (spoken === undefined) throw new Error('No language chosen before rendering');
  return spoken;
}

export const currentLocale = (): Locale => spokenLanguage().locale;

/** A message in the views' language. */
export const t = (key: MessageKey, params?: MessageParams): string => translate(spokenLanguage(), key, params);

/** A tip's words in the views' language. */
export const tipText = (id: TipId): TipText => spokenLanguage().tips[id];
