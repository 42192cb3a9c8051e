import { useTranslation } from '../../i18n/index.ts';

export type DynamicsTab =
  'route' | 'participation' | 'turnTaking' | 'interlocutor' | 'consensus' | 'saturation' | 'participant';
export const DYNAMICS_TABS: readonly DynamicsTab[] = [
  'route',
  'participation',
  'turnTaking',
  'interlocutor',
  'consensus',
  'saturation',
  'participant',
];

/** The views of Groepsdynamiek as an ARIA tab list (arrow keys move between tabs). */
export function DynamicsTabs({ tab, onChange }: { tab: DynamicsTab; onChange: (tab: DynamicsTab) => void }) {
  const { t } = useTranslation();
  const move = (step: number) => {
    const next =
      DYNAMICS_TABS[(DYNAMICS_TABS.indexOf(tab) + step + DYNAMICS_TABS.length) % DYNAMICS_TABS.length]!;
    onChange(next);
    document.getElementById(`dynamics-tab-${next}`)?.focus();
  };
  return (
    <div
      className="dynamics-tabs"
      role="tablist"
      aria-label={t('dynamics.tabs')}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {DYNAMICS_TABS.map((name) => (
        <button
          key={name}
          id={`dynamics-tab-${name}`}
          type="button"
          role="tab"
          aria-selected={name === tab}
          tabIndex={name === tab ? 0 : -1}
          className={name === tab ? 'dynamics-tab active' : 'dynamics-tab'}
          onClick={() => onChange(name)}
        >
          {t(`dynamics.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
