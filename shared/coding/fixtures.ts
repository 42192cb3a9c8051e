import {
  emptyProject,
  type Code,
  type Coding,
  type KoorDocument,
  type ProjectData,
  type Speaker,
  type Turn,
} from '../model.ts';

/** A test code built from one base object. */
export function code(id: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code {
  return {
    id,
    parentId,
    name: id,
    color: '#336699',
    description: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order,
    codable: true,
    ...extra,
  };
}

/** A test coding built from one base object. */
export function coding(
  id: string,
  codeId: string,
  start: number,
  end: number,
  extra: Partial<Coding> = {},
): Coding {
  return {
    id,
    documentId: 'd1',
    codeId,
    start,
    end,
    coderId: 'A',
    createdAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}

/**
 * A one-document project from lines of [speaker label, spoken text]; the first label listed in `moderators`
 * is the moderator. Text is "Label: words\n" per turn; turns cover the spoken words only.
 */
export function groupProject(
  lines: readonly (readonly [string, string])[],
  options: { moderators?: string[]; documentId?: string; name?: string; times?: boolean } = {},
): ProjectData {
  const documentId = options.documentId ?? 'd1';
  const moderators = new Set(options.moderators ?? ['M']);
  let text = '';
  const speakers = new Map<string, Speaker>();
  const turns: Turn[] = [];
  lines.forEach(([label, spoken], index) => {
    if (!speakers.has(label)) {
      speakers.set(label, {
        id: `${documentId}:${label}`,
        documentId,
        label,
        name: label,
        role: moderators.has(label) ? 'moderator' : 'participant',
        attributes: {},
      });
    }
    text += `${label}: `;
    const turn: Turn = {
      id: `${documentId}:t${index}`,
      documentId,
      speakerId: `${documentId}:${label}`,
      start: text.length,
      end: text.length + spoken.length,
    };
    if (options.times) {
      turn.time = index * 10;
      turn.endTime = index * 10 + 5;
    }
    turns.push(turn);
    text += `${spoken}\n`;
  });
  const document: KoorDocument = {
    id: documentId,
    name: options.name ?? documentId,
    format: 'txt',
    text,
    sourceHash: '',
    importedAt: '2024-01-01T00:00:00Z',
    attributes: {},
  };
  return { ...emptyProject('test'), documents: [document], speakers: [...speakers.values()], turns };
}

/** Several one-document projects joined into one. */
export function joinProjects(...projects: ProjectData[]): ProjectData {
  const joined = emptyProject('test');
  for (const p of projects) {
    joined.documents.push(...p.documents);
    joined.speakers.push(...p.speakers);
    joined.turns.push(...p.turns);
    joined.codes.push(...p.codes);
    joined.codings.push(...p.codings);
  }
  return joined;
}
