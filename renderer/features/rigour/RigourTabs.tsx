import { TabList } from '../../components/TabList.tsx';
import { useTranslation } from '../../i18n/index.ts';

export type RigourTab = 'coders' | 'suggest' | 'pseudonymise';
const TABS: readonly RigourTab[] = ['coders', 'suggest', 'pseudonymise'];

/** The three parts of the rigour section. */
export function RigourTabs({ tab, onChange }: { tab: RigourTab; onChange: (tab: RigourTab) => void }) {
  const { t } = useTranslation();
  return (
    <TabList
      prefix="rigour"
      tabs={TABS}
      tab={tab}
      onChange={onChange}
      label={t('rigour.tabs')}
      tabClass="tab"
    />
  );
}
