import { formatMessage } from '../messages.ts';
import { perspectiveOf } from '../model.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { perspectiveColor, perspectiveLabel, perspectiveRank } from './perspectives.ts';

/** What the columns of a crosstab (or the groups of a word list) are. */
export type ColumnBy =
  | { kind: 'perspective' }
  | { kind: 'document' }
  | { kind: 'speaker' }
  | { kind: 'documentAttribute'; name: string }
  | { kind: 'speakerAttribute'; name: string };

export type Column = {
  /** The attribute value, document id or speaker id; "" for turns without one. */
  key: string;
  label: string;
  /** Set for perspective columns: the perspective's stable colour. */
  color?: string;
};

/** Turns grouped into columns: `turnColumn[t]` is the column of turn t. */
export type ColumnAssignment = { columns: Column[]; turnColumn: Int32Array };

/** Parses a CLI or URL spelling: perspective, document, speaker, or an attribute name (speaker:NAME forces scope). */
export function parseColumnBy(text: string, index?: AnalysisIndex): ColumnBy {
  if (text === 'perspective' || text === 'document' || text === 'speaker') return { kind: text };
  if (text.startsWith('speaker:')) return { kind: 'speakerAttribute', name: text.slice(8) };
  if (text.startsWith('document:')) return { kind: 'documentAttribute', name: text.slice(9) };
  const definition = index?.project.attributes.find((a) => a.name === text);
  return definition?.scope === 'speaker'
    ? { kind: 'speakerAttribute', name: text }
    : { kind: 'documentAttribute', name: text };
}

/** A short stable name for a ColumnBy ("perspective", "regio", "speaker:leeftijd"). */
export function columnByName(by: ColumnBy): string {
  if (by.kind === 'documentAttribute') return by.name;
  if (by.kind === 'speakerAttribute') return `speaker:${by.name}`;
  return by.kind;
}

/**
 * Assigns each turn to a column. Moderator turns get -1 unless included. Value columns list the attribute's
 * defined values first (so an empty group shows as 0), then other values found, default perspectives in
 * their standard order, and the no-value column last, only when some turn has no value.
 */
export function assignColumns(
  index: AnalysisIndex,
  by: ColumnBy,
  includeModerator: boolean,
  lang: 'nl' | 'en' = 'nl',
): ColumnAssignment {
  const { documents, speakers, turnDocument, turnSpeaker, turnModerator } = index;
  const turnCount = turnDocument.length;
  const keys: string[] = new Array<string>(turnCount);
  for (let t = 0; t < turnCount; t++) {
    const doc = documents[turnDocument[t]!]!;
    const speaker = turnSpeaker[t]! >= 0 ? speakers[turnSpeaker[t]!] : undefined;
    switch (by.kind) {
      case 'perspective':
        keys[t] = perspectiveOf(speaker, doc);
        break;
      case 'document':
        keys[t] = doc.id;
        break;
      case 'speaker':
        keys[t] = speaker?.id ?? '';
        break;
      case 'documentAttribute':
        keys[t] = doc.attributes[by.name] ?? '';
        break;
      case 'speakerAttribute':
        keys[t] = speaker?.attributes[by.name] || doc.attributes[by.name] || '';
        break;
    }
  }
  const included = (t: number): boolean => includeModerator || turnModerator[t] === 0;
  const columns = orderedColumns(index, by, keys, included, lang);
  const position = new Map(columns.map((c, i) => [c.key, i]));
  const turnColumn = new Int32Array(turnCount);
  for (let t = 0; t < turnCount; t++) turnColumn[t] = included(t) ? position.get(keys[t]!)! : -1;
  return { columns, turnColumn };
}

function orderedColumns(
  index: AnalysisIndex,
  by: ColumnBy,
  keys: string[],
  included: (t: number) => boolean,
  lang: 'nl' | 'en',
): Column[] {
  const none: Column = {
    key: '',
    label: formatMessage(
      lang,
      by.kind === 'perspective' ? 'analysis.column.noPerspective' : 'analysis.column.none',
    ),
  };
  const seen = new Set<string>();
  keys.forEach((key, t) => {
    if (included(t)) seen.add(key);
  });
  if (by.kind === 'document') {
    return index.documents.map((doc) => ({ key: doc.id, label: doc.name }));
  }
  if (by.kind === 'speaker') {
    const columns = index.documents.flatMap((doc) =>
      index.speakers
        .filter((s) => s.documentId === doc.id && seen.has(s.id))
        .map((s) => ({ key: s.id, label: `${s.name} (${doc.name})` })),
    );
    return seen.has('') ? [...columns, none] : columns;
  }
  const name = by.kind === 'perspective' ? 'perspective' : by.name;
  const defined = index.project.attributes.find((a) => a.name === name)?.values ?? [];
  const found = [...seen].filter((k) => k !== '' && !defined.includes(k));
  found.sort((a, b) =>
    by.kind === 'perspective'
      ? perspectiveRank(a) - perspectiveRank(b) || a.localeCompare(b, 'nl')
      : a.localeCompare(b, 'nl'),
  );
  const values = [...defined.filter((v) => v !== ''), ...found];
  const columns: Column[] = values.map((value, i) =>
    by.kind === 'perspective'
      ? { key: value, label: perspectiveLabel(value, lang), color: perspectiveColor(value, i) }
      : { key: value, label: value },
  );
  return seen.has('') ? [...columns, none] : columns;
}
