import { useTranslation } from '../i18n/index.ts';

type Props<T extends string> = {
  /** Prefix of the ids, the message keys (`${prefix}.tab.${name}`) and the CSS classes of the tabs. */
  prefix: string;
  tabs: readonly T[];
  tab: T;
  onChange: (tab: T) => void;
  label: string;
  /** Class of the tab buttons (the active one also gets "active"). */
  tabClass?: string;
};

/** The sub-views of a section as an ARIA tab list; arrow keys move between tabs. */
export function TabList<T extends string>({
  prefix,
  tabs,
  tab,
  onChange,
  label,
  tabClass = `${prefix}-tab`,
}: Props<T>) {
  const { t } = useTranslation();
  const move = (step: number) => {
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length] ?? tab;
    onChange(next);
    document.getElementById(`${prefix}-tab-${next}`)?.focus();
  };
  return (
    <div
      className={`${prefix}-tabs`}
      role="tablist"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {tabs.map((name) => (
        <button
          key={name}
          id={`${prefix}-tab-${name}`}
          type="button"
          role="tab"
          aria-selected={name === tab}
          tabIndex={name === tab ? 0 : -1}
          className={name === tab ? `${tabClass} active` : tabClass}
          onClick={() => onChange(name)}
        >
          {t(`${prefix}.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
