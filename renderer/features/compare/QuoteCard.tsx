import type { Quote } from '../../../shared/analysis/quotes.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import type { PerspectiveInfo } from './perspectiveColors.ts';

type Props = {
  quote: Quote;
  perspective: PerspectiveInfo | undefined;
  moderator: boolean;
  /** The codes of the quote, when the list mixes codes (a fragment coded with several names them all). */
  codeNames?: string[];
};

/** One quote with who said it, in which group, and a jump to its place in the transcript. */
export function QuoteCard({ quote, perspective, moderator, codeNames }: Props) {
  const { t } = useTranslation();
  const { id: projectId } = useProject();
  const speaker = quote.speakerName || t('compare.drill.noSpeaker');
  return (
    <li className="compare-quote" data-testid="quote">
      <blockquote>{quote.text}</blockquote>
      <div className="quote-meta">
        <span className="quote-speaker">
          {speaker}
          {moderator && <span className="muted"> ({t('compare.drill.moderator')})</span>}
        </span>
        {perspective && perspective.key !== '' && (
          <span className="perspective-chip">
            <span className="swatch" style={{ background: perspective.color }} aria-hidden="true" />
            {perspective.label}
          </span>
        )}
        <span className="muted">{quote.documentName}</span>
        {codeNames && codeNames.length > 0 && <span className="muted">· {codeNames.join(', ')}</span>}
        <button
          type="button"
          className="go-to"
          onClick={() =>
            navigate({
              screen: 'project',
              projectId,
              section: 'documents',
              documentId: quote.documentId,
              codingId: quote.codingId,
            })
          }
        >
          {t('compare.drill.goTo')}
        </button>
      </div>
    </li>
  );
}
