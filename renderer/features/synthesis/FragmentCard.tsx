import { memo, useState } from 'react';
import { perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { KeyQuote } from '../../../shared/model.ts';
import {
  fragmentExchange,
  type CellFragment,
  type ContextTurn,
} from '../../../shared/synthesis/fragments.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useLang } from '../compare/useAnalysis.ts';
import { KeyQuoteEditor } from './KeyQuoteEditor.tsx';

/** What a fragment card can do; the handlers keep their identity so cards re-render only when they change. */
export type FragmentActions = {
  cite: (fragment: CellFragment) => void;
  goTo: (fragment: CellFragment) => void;
  markKeyQuote: (fragment: CellFragment, display: string | undefined) => void;
  removeKeyQuote: (quote: KeyQuote) => void;
};

type Props = {
  index: AnalysisIndex;
  fragment: CellFragment;
  /** The citation number this fragment has in the summary, or the one it would get. */
  citeNumber: number;
  actions: FragmentActions;
  /** Why citing and key quotes are not possible here (a reader of a shared project), or null. */
  readOnly: string | null;
};

const CONTEXT = 160;

/** Cuts context at a word on the side away from the fragment, with an ellipsis where it was cut. */
function clip(text: string, keepEnd: boolean): string {
  if (text.length <= CONTEXT) return text;
  if (keepEnd) {
    const cut = text.slice(text.length - CONTEXT);
    return `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  const cut = text.slice(0, CONTEXT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/** One turn the fragment lies in: its speaker, and its text with the coded words marked. */
function TurnLine({ turn, fragment, none }: { turn: ContextTurn; fragment: CellFragment; none: string }) {
  const from = Math.max(turn.start, fragment.start) - turn.start;
  const to = Math.min(turn.end, fragment.end) - turn.start;
  return (
    <span className="turn-line">
      <span className="turn-speaker">{turn.speakerName || none}:</span>{' '}
      <span className="context">{clip(turn.text.slice(0, Math.max(0, from)), true)}</span>
      <mark>{turn.text.slice(Math.max(0, from), Math.max(from, to))}</mark>
      <span className="context">{clip(turn.text.slice(Math.max(0, to)), false)}</span>
    </span>
  );
}

/** One coded fragment of an open cell: who, which group, its turns with their speakers, the exchange on demand. */
export const FragmentCard = memo(function FragmentCard({
  index,
  fragment,
  citeNumber,
  actions,
  readOnly,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [exchange, setExchange] = useState(false);
  const none = t('synthesis.speaker.none');
  const quote = fragment.keyQuote;

  return (
    <li className={`synthesis-fragment${quote ? ' key-quote' : ''}`}>
      <div className="fragment-meta">
        <strong>{fragment.speakerName || none}</strong>
        {fragment.perspective && (
          <span className="muted">
            · {perspectiveLabel(fragment.perspective, lang) || fragment.perspective}
          </span>
        )}
        <span className="muted">· {fragment.documentName}</span>
        {fragment.agree && <span className="badge agree">{t('dynamics.consensus.endorsed')}</span>}
        {fragment.disagree && <span className="badge oppose">{t('dynamics.consensus.opposed')}</span>}
      </div>
      {exchange ? (
        <ol className="exchange" aria-label={t('synthesis.exchange.show')}>
          {fragmentExchange(index, fragment.codingId, { before: 2, after: 2 }).map((turn) =>
            turn.end > fragment.start && turn.start < fragment.end ? (
              <li key={turn.turnId} className="current">
                <TurnLine turn={turn} fragment={fragment} none={none} />
              </li>
            ) : (
              <li key={turn.turnId}>
                <span className="turn-speaker">{turn.speakerName || none}:</span> {turn.text}
              </li>
            ),
          )}
        </ol>
      ) : (
        <p className="fragment-text">
          {fragment.turns.length === 0 ? (
            <mark>{fragment.text}</mark>
          ) : (
            fragment.turns.map((turn) => (
              <TurnLine key={turn.turnId} turn={turn} fragment={fragment} none={none} />
            ))
          )}
        </p>
      )}
      <div className="fragment-actions">
        <button
          type="button"
          disabled={readOnly !== null}
          title={readOnly ?? t('synthesis.citeTitle')}
          onClick={() => actions.cite(fragment)}
        >
          {t('synthesis.cite', { n: citeNumber })}
        </button>
        <button
          type="button"
          aria-pressed={quote !== undefined}
          disabled={readOnly !== null}
          title={readOnly ?? (quote ? t('synthesis.keyQuote.unmark') : undefined)}
          onClick={() => (quote ? actions.removeKeyQuote(quote) : actions.markKeyQuote(fragment, undefined))}
        >
          {quote ? t('synthesis.keyQuote.marked') : t('synthesis.keyQuote.mark')}
        </button>
        <button
          type="button"
          className="link"
          aria-expanded={exchange}
          onClick={() => setExchange(!exchange)}
        >
          {exchange ? t('synthesis.exchange.hide') : t('synthesis.exchange.show')}
        </button>
        <button type="button" className="link" onClick={() => actions.goTo(fragment)}>
          {t('synthesis.goTo')}
        </button>
      </div>
      {quote && (
        <KeyQuoteEditor
          coded={fragment.text}
          display={quote.display}
          readOnly={readOnly}
          onSave={(display) => actions.markKeyQuote(fragment, display)}
        />
      )}
    </li>
  );
});
