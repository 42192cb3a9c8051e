import { TabList } from '../../components/TabList.tsx';
import { useTranslation } from '../../i18n/index.ts';

export type CompareTab = 'crosstab' | 'sideBySide' | 'cooccurrence' | 'words';
const TABS: readonly CompareTab[] = ['crosstab', 'sideBySide', 'cooccurrence', 'words'];

/** The sub-views of Compare. */
export function CompareTabs({ tab, onChange }: { tab: CompareTab; onChange: (tab: CompareTab) => void }) {
  const { t } = useTranslation();
  return <TabList prefix="compare" tabs={TABS} tab={tab} onChange={onChange} label={t('compare.tabs')} />;
}
