import { setLanguage, useTranslation, type Language } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';

/** Dutch / English switch; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (lang: Language) => {
    void setLanguage(lang);
    platform.setLanguage(lang);
  };
  return (
    <label className="language-switch">
      <span className="sr-only">{t('app.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => change(e.target.value === 'en' ? 'en' : 'nl')}
        data-testid="language-switch"
      >
        <option value="nl">{t('app.language.nl')}</option>
        <option value="en">{t('app.language.en')}</option>
      </select>
    </label>
  );
}
