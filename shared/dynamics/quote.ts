import { perspectiveOf, type Id, type ProjectData, type Speaker } from '../model.ts';
import { documentTurns } from './participation.ts';

export type QuoteOptions = { before?: number; after?: number; lang?: 'nl' | 'en' };

const WORDS = {
  nl: { moderator: 'gespreksleider', source: 'Bron' },
  en: { moderator: 'moderator', source: 'Source' },
};

/** "R3, ouder": the participant code (display name) and perspective, as focus-group reports cite speakers. */
export function speakerTag(
  project: ProjectData,
  speaker: Speaker | undefined,
  lang: 'nl' | 'en' = 'nl',
): string {
  if (!speaker) return '?';
  const name = speaker.name || speaker.label;
  if (speaker.role === 'moderator') {
    return name.toLowerCase() === WORDS[lang].moderator ? name : `${name}, ${WORDS[lang].moderator}`;
  }
  const document = project.documents.find((d) => d.id === speaker.documentId);
  const perspective = speaker.attributes.rol || perspectiveOf(speaker, document);
  return perspective ? `${name}, ${perspective}` : name;
}

/**
 * A coded quote with the exchange around it: `before` turns before and `after` turns after, each line
 * "Tag: text", the coded passage itself in quotation marks, and the source (document) at the end.
 * Returns '' for an unknown coding.
 */
export function quoteWithExchange(project: ProjectData, codingId: Id, options: QuoteOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const coding = project.codings.find((c) => c.id === codingId);
  const document = coding && project.documents.find((d) => d.id === coding.documentId);
  if (!coding || !document) return '';
  const speakers = new Map(project.speakers.map((s) => [s.id, s]));
  const turns = documentTurns(project, document.id);
  const first = turns.findIndex((t) => t.end > coding.start);
  let last = first;
  while (last + 1 < turns.length && (turns[last + 1]?.start ?? Infinity) < coding.end) last++;
  const tag = (speakerId: Id | null) =>
    speakerTag(project, speakerId === null ? undefined : speakers.get(speakerId), lang);
  const clean = (text: string) => text.replace(/\s+/gu, ' ').trim();
  const lines: string[] = [];
  if (first < 0) {
    lines.push(`“${clean(document.text.slice(coding.start, coding.end))}”`);
  } else {
    for (let i = Math.max(0, first - (options.before ?? 0)); i < first; i++) {
      const t = turns[i];
      if (t) lines.push(`${tag(t.speakerId)}: ${clean(document.text.slice(t.start, t.end))}`);
    }
    for (let i = first; i <= last; i++) {
      const t = turns[i];
      if (!t) continue;
      const quoted = clean(document.text.slice(Math.max(t.start, coding.start), Math.min(t.end, coding.end)));
      if (quoted !== '') lines.push(`${tag(t.speakerId)}: “${quoted}”`);
    }
    for (let i = last + 1; i <= Math.min(turns.length - 1, last + (options.after ?? 0)); i++) {
      const t = turns[i];
      if (t) lines.push(`${tag(t.speakerId)}: ${clean(document.text.slice(t.start, t.end))}`);
    }
  }
  lines.push(`(${WORDS[lang].source}: ${document.name})`);
  return lines.join('\n');
}
