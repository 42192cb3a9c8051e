import { useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { drill, type DrillCount, type QuoteGroup } from '../../../shared/analysis/drill.ts';
import type { Quote } from '../../../shared/analysis/quotes.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatCount, formatNumber, useTranslation } from '../../i18n/index.ts';
import type { DrillRequest } from './drillTypes.ts';
import { perspectiveInfo, usePerspectives, type PerspectiveInfo } from './perspectiveColors.ts';
import { QuoteCard } from './QuoteCard.tsx';
import { useLang, type Lang } from './useAnalysis.ts';
import type { TFunction } from 'i18next';

const PAGE = 100;

type Props = { index: AnalysisIndex; request: DrillRequest; onClose: () => void };

/**
 * The quotes behind a number: text, speaker, perspective, document, a jump to the place, and copy. The heading
 * names what the number counted before the quotes ("5 groepen · 28 citaten"), and the quotes are grouped by it.
 */
export function DrillDown({ index, request, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const perspectives = usePerspectives(index, lang);
  const result = useMemo(() => drill(index, request.items, request.count), [index, request]);
  const { quotes, groups } = result;
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState('');
  const codeNames = useMemo(() => new Map(index.project.codes.map((c) => [c.id, c.name])), [index]);
  const moderators = useMemo(
    () => new Set(index.speakers.filter((s) => s.role === 'moderator').map((s) => s.id)),
    [index],
  );
  const mixedCodes = useMemo(() => new Set(quotes.flatMap((q) => q.codeIds)).size > 1, [quotes]);
  const sections: (QuoteGroup | { key: string; quotes: Quote[] })[] = groups ?? [{ key: '', quotes }];
  const listed = groups ? groups.reduce((n, g) => n + g.quotes.length, 0) : quotes.length;
  const counted = countedText(request.count, result.counted, t, lang);
  const note =
    request.items.kind === 'pairs'
      ? t('compare.drill.pairs')
      : result.codings > quotes.length
        ? t('compare.drill.merged', { count: result.codings, formatted: formatNumber(result.codings, lang) })
        : '';

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

  const card = (quote: Quote) => (
    <QuoteCard
      key={quote.codingIds.join(' ')}
      quote={quote}
      perspective={perspectiveInfo(perspectives, quote.perspective, lang)}
      moderator={quote.speakerId !== null && moderators.has(quote.speakerId)}
      codeNames={mixedCodes ? quote.codeIds.map((id) => codeNames.get(id) ?? '') : undefined}
    />
  );
  const page = firstQuotes(sections, shown);

  return (
    <Dialog title={request.title} onClose={onClose} wide>
      <div className="drill-head">
        <strong data-testid="drill-count">
          {counted && (
            <>
              <span data-testid="drill-counted">{counted}</span>
              {' · '}
            </>
          )}
          <span data-testid="drill-quotes">
            {t('compare.drill.count', { count: quotes.length, formatted: formatNumber(quotes.length, lang) })}
          </span>
        </strong>
        {note && <span className="muted">{note}</span>}
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
        <div className="drill-quotes" data-testid="drill-quotes-list">
          {page.map(([section, part]) => {
            if (!('unit' in section))
              return (
                <ol key="" className="quote-list" data-testid="drill-quotes">
                  {part.map(card)}
                </ol>
              );
            const label = groupLabel(section, t);
            return (
              <section key={section.key} className="drill-group" data-testid="drill-group" aria-label={label}>
                <h3>
                  {label}{' '}
                  <span className="muted">
                    ·{' '}
                    {t('compare.drill.count', {
                      count: section.quotes.length,
                      formatted: formatNumber(section.quotes.length, lang),
                    })}
                  </span>
                </h3>
                <ol className="quote-list">{part.map(card)}</ol>
              </section>
            );
          })}
        </div>
      )}
      {listed > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('compare.drill.more', { count: Math.min(PAGE, listed - shown) })}
        </button>
      )}
    </Dialog>
  );
}

/** The sections with their first quotes, `count` quotes in all (a quote in two groups counts twice). */
function firstQuotes<S extends { quotes: Quote[] }>(sections: S[], count: number): [S, Quote[]][] {
  const result: [S, Quote[]][] = [];
  let left = count;
  for (const section of sections) {
    if (left <= 0) break;
    const part = section.quotes.slice(0, left);
    left -= part.length;
    result.push([section, part]);
  }
  return result;
}

/** What the number counted, in words ("5 groepen"); '' when it counted the quotes themselves. */
function countedText(count: DrillCount, n: number, t: TFunction, lang: Lang): string {
  const formatted = formatNumber(n, lang);
  switch (count.unit) {
    case 'quotes':
      return '';
    case 'documents':
      return t('compare.drill.counted.documents', { count: n, formatted });
    case 'speakers':
      return formatCount('speakers', n, lang);
    case 'turns':
      return count.of === undefined
        ? formatCount('turns', n, lang)
        : t('compare.drill.counted.turnsOf', { count: n, formatted, of: formatNumber(count.of, lang) });
    case 'words':
      return t('compare.drill.counted.words', {
        count: n,
        formatted,
        spoken: formatNumber(count.spoken, lang),
      });
    case 'codings':
      return t('compare.drill.counted.codingsOf', {
        count: count.of,
        formatted: formatNumber(count.of, lang),
        n: formatNumber(n, lang),
      });
  }
}

/** A group's heading: the document, the speaker (and their group), or the turn's speaker and group. */
function groupLabel(group: QuoteGroup, t: TFunction): string {
  if (group.unit === 'documents') return group.documentName;
  if (!group.counted) return t('compare.drill.noSpeakerGroup');
  const speaker = group.speakerName || t('compare.drill.noSpeaker');
  return group.unit === 'speakers'
    ? t('compare.drill.speakerGroup', { speaker, document: group.documentName })
    : t('compare.drill.turnGroup', { speaker, document: group.documentName });
}

/** A quote as researchers paste it into a report: “text” — speaker (perspective), document. */
function quoteLine(quote: Quote, perspective: PerspectiveInfo): string {
  const who = [quote.speakerName, perspective.key ? perspective.label : ''].filter(Boolean);
  const source = who.length > 1 ? `${who[0]} (${who[1]})` : (who[0] ?? '');
  return `“${quote.text.trim()}” — ${[source, quote.documentName].filter(Boolean).join(', ')}`;
}
