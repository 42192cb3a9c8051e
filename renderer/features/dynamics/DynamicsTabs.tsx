import { TabList } from '../../components/TabList.tsx';
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

/** The views of Groepsdynamiek. */
export function DynamicsTabs({ tab, onChange }: { tab: DynamicsTab; onChange: (tab: DynamicsTab) => void }) {
  const { t } = useTranslation();
  return (
    <TabList
      prefix="dynamics"
      tabs={DYNAMICS_TABS}
      tab={tab}
      onChange={onChange}
      label={t('dynamics.tabs')}
    />
  );
}
