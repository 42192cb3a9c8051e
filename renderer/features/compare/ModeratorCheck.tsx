import { useTranslation } from '../../i18n/index.ts';

/** "Count the moderator": the same check box wherever an analysis can leave the moderator's turns out. */
export function ModeratorCheck({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('analysis.includeModerator')}
    </label>
  );
}
