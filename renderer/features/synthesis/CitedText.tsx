import { Fragment, memo, useMemo, type ReactNode } from 'react';
import type { Citation } from '../../../shared/model.ts';
import { useTranslation } from '../../i18n/index.ts';

/** How a citation shows now: a fragment that can be opened, or broken (coding or words gone). */
export type CitationView = { ok: true; speaker: string; document: string; open: () => void } | { ok: false };

/** Resolves a citation for display (see useCitations). */
export type ViewCitation = (citation: Citation) => CitationView;

/** The markers [n] of a text, with their positions. */
function markerPositions(text: string): { n: number; start: number; end: number }[] {
  return [...text.matchAll(/\[(\d{1,4})\]/g)].map((m) => ({
    n: Number(m[1]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * A summary's text with each [n] a link to its fragment, or marked as broken. Each citation is resolved and
 * labelled once per change of the citations, not once per marker on every key press; a memo keeps the preview
 * from re-rendering when neither the text nor the citations changed.
 */
export const CitedText = memo(function CitedText({
  text,
  citations,
  view,
}: {
  text: string;
  citations: readonly Citation[];
  view: ViewCitation;
}) {
  const { t } = useTranslation();
  const shown = useMemo(
    () =>
      citations.map((citation, i) => {
        const resolved = view(citation);
        return resolved.ok
          ? {
              resolved,
              label: t('synthesis.citation', {
                n: i + 1,
                speaker: resolved.speaker,
                document: resolved.document,
              }),
            }
          : { resolved, label: t('synthesis.citationBroken', { n: i + 1 }) };
      }),
    [citations, view, t],
  );
  const pieces: ReactNode[] = [];
  let cursor = 0;
  for (const marker of markerPositions(text)) {
    pieces.push(text.slice(cursor, marker.start));
    const citation = shown[marker.n - 1];
    pieces.push(
      citation?.resolved.ok ? (
        <button
          type="button"
          className="link citation"
          key={marker.start}
          title={citation.label}
          aria-label={citation.label}
          onClick={citation.resolved.open}
        >
          [{marker.n}]
        </button>
      ) : (
        <span
          key={marker.start}
          className="citation broken"
          role="img"
          title={citation?.label ?? t('synthesis.citationBroken', { n: marker.n })}
          aria-label={citation?.label ?? t('synthesis.citationBroken', { n: marker.n })}
        >
          [{marker.n}]
        </span>
      ),
    );
    cursor = marker.end;
  }
  pieces.push(text.slice(cursor));
  return (
    <p className="cited-text">
      {pieces.map((piece, i) => (
        <Fragment key={i}>{piece}</Fragment>
      ))}
    </p>
  );
});
