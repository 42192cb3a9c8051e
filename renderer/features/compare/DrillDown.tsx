import { useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { fragmentsFor, quotesFor, type Quote } from '../../../shared/analysis/quotes.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useTranslation } from '../../i18n/index.ts';
import type { DrillRequest } from './drillTypes.ts';
import { perspectiveInfo, usePerspectives, type PerspectiveInfo } from './perspectiveColors.ts';
import { QuoteCard } from './QuoteCard.tsx';
import { useLang } from './useAnalysis.ts';

const PAGE = 100;

type Props = { index: AnalysisIndex; request: DrillRequest; onClose: () => void };

/** The quotes behind a number: text, speaker, perspective, document, a jump to the place, and copy. */
export function DrillDown({ index, request, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const perspectives = usePerspectives(index, lang);
  const quotes = useMemo(
    () => (request.fragments ? fragmentsFor : quotesFor)(index, request.codingIds),
    [index, request],
  );
  const codings = quotes.reduce((n, q) => n + q.codingIds.length, 0);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState('');
  const codeNames = useMemo(() => new Map(index.project.codes.map((c) => [c.id, c.name])), [index]);
  const moderators = useMemo(
    () => new Set(index.speakers.filter((s) => s.role === 'moderator').map((s) => s.id)),
    [index],
  );
  const mixedCodes = new Set(quotes.flatMap((q) => q.codeIds)).size > 1;

  const copy = async () => {
    const text = quotes
      .map((q) => quoteLine(q, perspectiveInfo(perspectives, q.perspective, lang)))
      .join('\n\n');
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('compare.drill.copied', { count: quotes.length }));
    } catch {
      setStatus(t('compare.drill.copyFailed'));
    }
  };

  return (
    <Dialog title={request.title} onClose={onClose} wide>
      <div className="drill-head">
        <strong data-testid="drill-count">{t('compare.drill.count', { count: quotes.length })}</strong>
        {codings > quotes.length && (
          <span className="muted">{t('compare.drill.merged', { count: codings })}</span>
        )}
        <button type="button" onClick={() => void copy()} disabled={quotes.length === 0}>
          {t('compare.drill.copy')}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      {quotes.length === 0 ? (
        <p className="muted">{t('compare.drill.empty')}</p>
      ) : (
        <ol className="quote-list" data-testid="drill-quotes">
          {quotes.slice(0, shown).map((quote) => (
            <QuoteCard
              key={quote.codingId}
              quote={quote}
              perspective={perspectiveInfo(perspectives, quote.perspective, lang)}
              moderator={quote.speakerId !== null && moderators.has(quote.speakerId)}
              codeNames={mixedCodes ? quote.codeIds.map((id) => codeNames.get(id) ?? '') : undefined}
            />
          ))}
        </ol>
      )}
      {quotes.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('compare.drill.more', { count: Math.min(PAGE, quotes.length - shown) })}
        </button>
      )}
    </Dialog>
  );
}

/** A quote as researchers paste it into a report: “text” — speaker (perspective), document. */
function quoteLine(quote: Quote, perspective: PerspectiveInfo): string {
  const who = [quote.speakerName, perspective.key ? perspective.label : ''].filter(Boolean);
  const source = who.length > 1 ? `${who[0]} (${who[1]})` : (who[0] ?? '');
  return `“${quote.text.trim()}” — ${[source, quote.documentName].filter(Boolean).join(', ')}`;
}
