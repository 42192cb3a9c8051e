import { perspectiveShortLabel } from '../../shared/analysis/perspectives.ts';
import { useTranslation } from '../i18n/index.ts';

/**
 * A column head's text: a default perspective by its short name ("JGZ", "jeugdhulp"), so seven columns fit side by
 * side without words broken mid-way, with the full name as tooltip and as what a screen reader announces.
 */
export function ColumnLabel({ label }: { label: string }) {
  const { i18n } = useTranslation();
  const short = perspectiveShortLabel(label, i18n.language === 'en' ? 'en' : 'nl');
  if (short === label) return <>{label}</>;
  return (
    <>
      <span aria-hidden="true" title={label}>
        {short}
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
