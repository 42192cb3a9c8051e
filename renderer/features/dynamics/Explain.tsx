import { useTranslation } from '../../i18n/index.ts';

/** A measure's one-sentence explanation in plain language, shown beside the number. */
export function Explain({ measure }: { measure: string }) {
  const { t } = useTranslation();
  return <p className="measure-explain">{t(`dynamics.measure.${measure}`)}</p>;
}

/** The interface language as the shared analyses expect it. */
export function useLang(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
