import { useTranslation } from '../../i18n/index.ts';

export type CompareTab = 'crosstab' | 'sideBySide' | 'cooccurrence' | 'words';
const TABS: readonly CompareTab[] = ['crosstab', 'sideBySide', 'cooccurrence', 'words'];

/** The sub-views of Compare as an ARIA tab list (arrow keys move between tabs). */
export function CompareTabs({ tab, onChange }: { tab: CompareTab; onChange: (tab: CompareTab) => void }) {
  const { t } = useTranslation();
  const move = (step: number) => {
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    onChange(next);
    document.getElementById(`compare-tab-${next}`)?.focus();
  };
  return (
    <div
      className="compare-tabs"
      role="tablist"
      aria-label={t('compare.tabs')}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {TABS.map((name) => (
        <button
          key={name}
          id={`compare-tab-${name}`}
          type="button"
          role="tab"
          aria-selected={name === tab}
          tabIndex={name === tab ? 0 : -1}
          className={name === tab ? 'compare-tab active' : 'compare-tab'}
          onClick={() => onChange(name)}
        >
          {t(`compare.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
