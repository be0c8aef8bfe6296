import { t } from '../../words/language';
import { LANGUAGE_NAMES } from '../../words/language-names';
import { browserLocale, LOCALES, type Locale } from '../../words/locale';

interface LanguageChoiceProps {
  chosen: Locale | 'auto';
  onChoose: (language: Locale | 'auto') => void;
}

/** Which language every view speaks: the browser's, or one the runner picks. Each is named in itself. */
export function LanguageChoice({ chosen, onChoose }: LanguageChoiceProps) {
  return (
    <div class="bs-card">
      <label class="bs-field">
        <span class="bs-language-label">{t('options.language')}</span>
        <select
          name="language"
          value={chosen}
          onChange={(event) => onChoose(event.currentTarget.value as Locale | 'auto')}
        >
          <option value="auto">{t('options.language.auto', { language: LANGUAGE_NAMES[browserLocale()] })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
