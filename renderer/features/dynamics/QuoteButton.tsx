import { quoteWithExchange } from '../../../shared/dynamics/quote.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useLang } from './Explain.tsx';

type Props = { data: ProjectData; codingId: string; context: number; toast: (text: string) => void };

/** Copies a coded quote with the turns just before and after it ("R3, ouder: …"), as focus-group reports quote. */
export function QuoteButton({ data, codingId, context, toast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const copy = async () => {
    const text = quoteWithExchange(data, codingId, { before: context, after: context, lang });
    try {
      await navigator.clipboard.writeText(text);
      toast(t('dynamics.quote.copied'));
    } catch {
      toast(t('dynamics.quote.failed'));
    }
  };
  return (
    <button type="button" className="link small" onClick={() => void copy()}>
      {t('dynamics.quote.copy')}
    </button>
  );
}
