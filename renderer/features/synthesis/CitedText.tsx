import { Fragment, type ReactNode } from 'react';
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

/** A summary's text with each [n] a link to its fragment, or marked as broken. */
export function CitedText({
  text,
  citations,
  view,
}: {
  text: string;
  citations: readonly Citation[];
  view: ViewCitation;
}) {
  const { t } = useTranslation();
  const pieces: ReactNode[] = [];
  let cursor = 0;
  for (const marker of markerPositions(text)) {
    pieces.push(text.slice(cursor, marker.start));
    const citation = citations[marker.n - 1];
    const resolved: CitationView = citation ? view(citation) : { ok: false };
    pieces.push(
      resolved.ok ? (
        <button
          type="button"
          className="link citation"
          key={marker.start}
          title={t('synthesis.citation', {
            n: marker.n,
            speaker: resolved.speaker,
            document: resolved.document,
          })}
          aria-label={t('synthesis.citation', {
            n: marker.n,
            speaker: resolved.speaker,
            document: resolved.document,
          })}
          onClick={resolved.open}
        >
          [{marker.n}]
        </button>
      ) : (
        <span
          key={marker.start}
          className="citation broken"
          role="img"
          title={t('synthesis.citationBroken', { n: marker.n })}
          aria-label={t('synthesis.citationBroken', { n: marker.n })}
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
}
