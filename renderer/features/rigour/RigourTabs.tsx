import { useTranslation } from '../../i18n/index.ts';

export type RigourTab = 'coders' | 'suggest' | 'pseudonymise';
const TABS: readonly RigourTab[] = ['coders', 'suggest', 'pseudonymise'];

/** The three parts of the rigour section as an ARIA tab list (arrow keys move between tabs). */
export function RigourTabs({ tab, onChange }: { tab: RigourTab; onChange: (tab: RigourTab) => void }) {
  const { t } = useTranslation();
  const move = (step: number) => {
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'coders';
    onChange(next);
    document.getElementById(`rigour-tab-${next}`)?.focus();
  };
  return (
    <div
      className="rigour-tabs"
      role="tablist"
      aria-label={t('rigour.tabs')}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {TABS.map((name) => (
        <button
          key={name}
          id={`rigour-tab-${name}`}
          type="button"
          role="tab"
          aria-selected={name === tab}
          tabIndex={name === tab ? 0 : -1}
          className={name === tab ? 'tab active' : 'tab'}
          onClick={() => onChange(name)}
        >
          {t(`rigour.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
