import { describe, expect, it } from 'vitest';
import { code, coding, groupProject, joinProjects } from '../coding/fixtures.ts';
import { generateCorpus } from '../../tests/bench/corpus.ts';
import type { Coding, Id, ProjectData } from '../model.ts';
import type { ConsensusCell } from './interaction.ts';
import {
  consensus,
  consensusCells,
  microInterlocutor,
  participantTimeline,
  saturation,
} from './interaction.ts';
import { proposeQuestions } from './questions.ts';
import { quoteWithExchange } from './quote.ts';

function group(): ProjectData {
  const p = groupProject([
    ['M', 'Wat is voor jullie normaal?'],
    ['R1', 'Dat je gewoon mag zijn wie je bent.'],
    ['R2', 'Ja, dat vind ik ook.'],
    ['R3', 'Nee, dat zie ik anders.'],
    ['M', 'Hoe praten hulpverleners met jullie?'],
    ['R2', 'Vaak over mij.'],
  ]);
  const t = p.turns;
  const on = (i: number, codeId: string, id: string) =>
    coding(id, codeId, t[i]?.start ?? 0, t[i]?.end ?? 0, { coderId: 'A' });
  p.codes = [code('normaal', null, 0), code('taal', null, 1), code('eens', null, 2), code('oneens', null, 3)];
  p.codings = [
    on(1, 'normaal', 'c1'),
    on(2, 'normaal', 'c2'),
    on(2, 'eens', 'c3'),
    on(3, 'normaal', 'c4'),
    on(3, 'oneens', 'c5'),
    on(5, 'taal', 'c6'),
  ];
  const r2 = p.speakers.find((s) => s.label === 'R2');
  if (r2) r2.attributes.perspective = 'ouder';
  return p;
}

describe('microInterlocutor', () => {
  it('fills question × participant with response, order, words and interaction codes', () => {
    const p = group();
    const document = p.documents[0];
    if (!document) throw new Error('fixture');
    const cells = microInterlocutor(p, proposeQuestions(document, p.turns, p.speakers), ['eens', 'oneens']);
    expect(
      cells.map((c) => [
        c.questionId.slice(-2),
        c.speakerId.slice(3),
        c.responded,
        c.order,
        c.words,
        c.codes.join(),
      ]),
    ).toEqual([
      ['t0', 'R1', true, 1, 8, ''],
      ['t0', 'R2', true, 2, 5, 'eens'],
      ['t0', 'R3', true, 3, 5, 'oneens'],
      ['t4', 'R1', false, null, 0, ''],
      ['t4', 'R2', true, 1, 3, ''],
      ['t4', 'R3', false, null, 0, ''],
    ]);
  });
});

describe('consensus', () => {
  it('sorts participants per theme into endorsed, opposed, spoke and silent', () => {
    const cells = consensus(group(), {
      themeIds: ['normaal', 'taal'],
      agreeCodeIds: ['eens'],
      disagreeCodeIds: ['oneens'],
    });
    expect(cells.map((c) => [c.themeId, c.endorsed, c.opposed, c.spoke, c.silent])).toEqual([
      ['normaal', ['d1:R2'], ['d1:R3'], ['d1:R1'], []],
      ['taal', [], [], ['d1:R2'], ['d1:R1', 'd1:R3']],
    ]);
  });

  /** Consensus by its definition, turn by turn and coding by coding. */
  function reference(project: ProjectData, themeIds: Id[], agree: Id, disagree: Id) {
    return project.documents.flatMap((document) => {
      const participants = project.speakers.filter(
        (s) => s.documentId === document.id && s.role === 'participant',
      );
      const codesOn = (turnId: Id): Id[] => {
        const turn = project.turns.find((t) => t.id === turnId)!;
        return project.codings
          .filter((c) => c.documentId === document.id && c.start < turn.end && c.end > turn.start)
          .map((c) => c.codeId);
      };
      const turnCodes = new Map(
        project.turns.filter((t) => t.documentId === document.id).map((t) => [t, codesOn(t.id)]),
      );
      return themeIds.map((themeId) => {
        const cell = { themeId, documentId: document.id, endorsed: [] as Id[], opposed: [] as Id[] };
        const spoke: Id[] = [];
        const silent: Id[] = [];
        for (const participant of participants) {
          const codes = [...turnCodes]
            .filter(([turn, ids]) => turn.speakerId === participant.id && ids.includes(themeId))
            .flatMap(([, ids]) => ids);
          if (codes.includes(agree)) cell.endorsed.push(participant.id);
          if (codes.includes(disagree)) cell.opposed.push(participant.id);
          if (codes.length === 0) silent.push(participant.id);
          else if (!codes.includes(agree) && !codes.includes(disagree)) spoke.push(participant.id);
        }
        return { ...cell, spoke, silent };
      });
    });
  }

  it('on a generated study equals its definition and reads each coding a few times, not once per turn', () => {
    const project = generateCorpus({ documents: 6, charsPerDocument: 20_000, codings: 6_000, seed: 3 });
    const themeIds = project.codes.filter((c) => c.codable).map((c) => c.id);
    const [agree, disagree] = [themeIds[1]!, themeIds[7]!];
    const expected = reference(project, themeIds, agree, disagree);
    let reads = 0;
    const counted: ProjectData = {
      ...project,
      codings: project.codings.map(
        (c) =>
          new Proxy(c, {
            get(target, key: keyof Coding) {
              if (key === 'start' || key === 'end') reads++;
              return target[key];
            },
          }),
      ),
    };
    const cells = consensus(counted, { themeIds, agreeCodeIds: [agree], disagreeCodeIds: [disagree] });
    expect(cells).toEqual(expected);
    expect(cells.some((c) => c.endorsed.length > 0 && c.spoke.length > 0 && c.silent.length > 0)).toBe(true);
    // Every turn comparing every coding of its group was most of a second on a study (70 groups, 100,000
    // codings): each coding's start and end were read about once per turn of its group.
    expect(reads).toBeLessThan(project.codings.length * 4);
  });

  it('finds each theme × group cell as searching the list did, reading every cell once for the whole table', () => {
    const project = generateCorpus({ documents: 12, charsPerDocument: 4_000, codings: 1_500, seed: 5 });
    const themeIds = project.codes.filter((c) => c.codable).map((c) => c.id);
    const cells = consensus(project, {
      themeIds,
      agreeCodeIds: [themeIds[2]!],
      disagreeCodeIds: [themeIds[3]!],
    });
    // A pair twice in the list: the first cell wins, as with find.
    const twice = { ...cells[5]!, spoke: ['someone else'] };
    let reads = 0;
    const counted = [...cells, twice].map(
      (cell) =>
        new Proxy(cell, {
          get(target, key: keyof ConsensusCell) {
            if (key === 'themeId' || key === 'documentId') reads++;
            return target[key];
          },
        }),
    );
    const cellAt = consensusCells(counted);
    for (const themeId of [...themeIds, 'no such theme'])
      for (const document of project.documents)
        expect(cellAt(themeId, document.id)).toBe(
          counted.find((c) => c.themeId === themeId && c.documentId === document.id),
        );
    expect(cellAt(cells[5]!.themeId, cells[5]!.documentId)!.spoke).not.toContain('someone else');
    expect(cellAt(themeIds[0]!, 'no such group')).toBeUndefined();
    // The table looks up 12 × 45 cells here, 70 × 50 on a study: searching the list for each read ~cells² / 2.
    reads = 0;
    const again = consensusCells(counted);
    for (const themeId of themeIds) for (const document of project.documents) again(themeId, document.id);
    expect(reads).toBeLessThanOrEqual(counted.length * 2);
  });
});

describe('saturation', () => {
  it('counts new and cumulative distinct codes per successive group', () => {
    const a = group();
    const b = groupProject([['R1', 'Iets nieuws.']], { documentId: 'd2' });
    b.codings = [
      coding('x1', 'taal', 0, 3, { documentId: 'd2' }),
      coding('x2', 'nieuw', 0, 3, { documentId: 'd2' }),
    ];
    const c = groupProject([['R1', 'Niets nieuws.']], { documentId: 'd3' });
    c.codings = [coding('y1', 'taal', 0, 3, { documentId: 'd3' })];
    const points = saturation(joinProjects(a, b, c));
    expect(points.map((pt) => [pt.documentId, pt.newCodes.length, pt.cumulative])).toEqual([
      ['d1', 4, 4],
      ['d2', 1, 5],
      ['d3', 0, 5],
    ]);
  });

  it("on a generated study reads each coding's document once, not once per group, and keeps one coder's codings", () => {
    const project = generateCorpus({ documents: 12, charsPerDocument: 5_000, codings: 3_000, seed: 5 });
    project.codings.forEach((c, i) => (c.coderId = i % 3 === 0 ? 'bram' : 'anna'));
    let reads = 0;
    const counted: ProjectData = {
      ...project,
      codings: project.codings.map(
        (c) =>
          new Proxy(c, {
            get(target, key: keyof Coding) {
              if (key === 'documentId') reads++;
              return target[key];
            },
          }),
      ),
    };
    const points = saturation(counted, { coderId: 'bram' });
    expect(reads).toBeLessThanOrEqual(project.codings.length);
    const seen = new Set<Id>();
    const bram = project.codings.filter((c) => c.coderId === 'bram');
    const added = project.documents.map((d) => {
      const before = seen.size;
      for (const c of bram) if (c.documentId === d.id) seen.add(c.codeId);
      return seen.size - before;
    });
    expect(points.map((p) => p.newCodes.length)).toEqual(added);
    expect(points.at(-1)!.cumulative).toBe(seen.size);
  });
});

describe('participantTimeline', () => {
  it("lists one participant's turns and codes in order", () => {
    expect(participantTimeline(group(), 'd1:R2').map((e) => [e.turnId, e.words, e.codes])).toEqual([
      ['d1:t2', 5, ['normaal', 'eens']],
      ['d1:t5', 3, ['taal']],
    ]);
  });
});

describe('quoteWithExchange', () => {
  it.each([
    [
      'nl',
      { before: 1, after: 1 },
      'R1: Dat je gewoon mag zijn wie je bent.\nR2, ouder: “Ja, dat vind ik ook.”\nR3: Nee, dat zie ik anders.\n(Bron: d1)',
    ],
    [
      'en',
      { before: 2 },
      'M, moderator: Wat is voor jullie normaal?\nR1: Dat je gewoon mag zijn wie je bent.\nR2, ouder: “Ja, dat vind ik ook.”\n(Source: d1)',
    ],
  ] as const)('quotes with the exchange (%s)', (lang, around, expected) => {
    expect(quoteWithExchange(group(), 'c2', { ...around, lang })).toBe(expected);
  });

  it('returns nothing for an unknown coding', () => {
    expect(quoteWithExchange(group(), 'nope')).toBe('');
  });
});
