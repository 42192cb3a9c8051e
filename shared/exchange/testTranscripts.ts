/**
 * Two group conversations as Koor stores them after transcript import (turn texts joined by blank lines, no
 * labels in the text), for the exchange tests that read a .qdpx as another tool would: both groups have a
 * "Gespreksleider", one has times, texts with é, ë and emoji, overlapping codings and memos.
 */
import { normaliserenTemplate } from '../codebook/template.ts';
import type { Coding, KoorDocument, ProjectData, Speaker, Turn } from '../model.ts';

const TAAL = '024755aa-c11e-4680-813a-7edd8d890025';
const PARTNERSCHAP = '3e13145b-071a-404b-9ad7-b5dbd1670213';
const ANOUK = 'c0000000-0000-4000-8000-00000000000a';
const BRAM = 'c0000000-0000-4000-8000-00000000000b';

type Spoken = [label: string, text: string, time?: number];

const GROUPS: { id: string; name: string; perspective: string; preamble: string; turns: Spoken[] }[] = [
  {
    id: 'f1000000-0000-4000-8000-000000000001',
    name: 'Focusgroep ouders.docx',
    perspective: 'ervaringsdeskundige ouders',
    preamble: 'Focusgroep 12 maart 😀',
    turns: [
      ['Gespreksleider', 'Wat is voor jullie normaal?', 0],
      ['Moeder', 'Een label als ADHD maakt het zwaarder, één diagnose en je bent het kind. 😀', 4.5],
      ['Vader', 'Ëcht waar, café & école: samen praten hielp.', 83],
      ['Gespreksleider', 'Kun je daar meer over zeggen?', 3725],
      ['Moeder', 'Samen met de school, dat gaf rust.', 3730],
    ],
  },
  {
    id: 'f1000000-0000-4000-8000-000000000002',
    name: 'Focusgroep jongeren.txt',
    perspective: 'ervaringsdeskundige jongeren',
    preamble: '',
    turns: [
      ['Gespreksleider', 'Wanneer voel je je normaal?'],
      ['Sanne', 'Als niemand op me let 😀😀, gewoon meedoen.'],
      ['Gespreksleider', 'Herkennen jullie dat?'],
      ['Sanne', 'Ja, één keer per week is genoeg.'],
    ],
  },
];

/** Builds the two-group project (a fresh copy each call). */
export function transcriptProject(): ProjectData {
  const documents: KoorDocument[] = [];
  const speakers: Speaker[] = [];
  const turns: Turn[] = [];
  GROUPS.forEach((group, g) => {
    let text = group.preamble;
    const byLabel = new Map<string, Speaker>();
    group.turns.forEach(([label, spoken, time], t) => {
      if (text) text += '\n\n';
      let speaker = byLabel.get(label);
      if (!speaker) {
        speaker = {
          id: `a${g}000000-0000-4000-8000-00000000000${byLabel.size + 1}`,
          documentId: group.id,
          label,
          name: label,
          role: label === 'Gespreksleider' ? 'moderator' : 'participant',
          attributes: label === 'Vader' ? { rol: 'vader', perspective: 'onderwijs' } : {},
        };
        byLabel.set(label, speaker);
        speakers.push(speaker);
      }
      const turn: Turn = {
        id: `b${g}000000-0000-4000-8000-0000000000${String(t).padStart(2, '0')}`,
        documentId: group.id,
        speakerId: speaker.id,
        start: text.length,
        end: text.length + spoken.length,
      };
      if (time !== undefined) turn.time = time;
      turns.push(turn);
      text += spoken;
    });
    documents.push({
      id: group.id,
      name: group.name,
      format: g === 0 ? 'docx' : 'txt',
      text,
      sourceHash: `hash${g}`,
      importedAt: '2024-05-01T10:00:00.000Z',
      preambleEnd: group.preamble.length,
      attributes: { perspective: group.perspective },
      order: g,
    });
  });
  const codings: Coding[] = [];
  const code = (g: number, needle: string, codeId: string, coderId: string, memo?: string): void => {
    const text = documents[g]!.text;
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`missing ${needle}`);
    const coding: Coding = {
      id: `d${g}000000-0000-4000-8000-0000000000${String(codings.length).padStart(2, '0')}`,
      documentId: documents[g]!.id,
      codeId,
      start,
      end: start + needle.length,
      coderId,
      createdAt: `2024-05-03T09:0${codings.length}:00.000Z`,
    };
    if (memo) coding.memo = memo;
    codings.push(coding);
  };
  code(0, 'Een label als ADHD', TAAL, ANOUK, 'Label als last & "stempel"');
  code(0, 'ADHD maakt het zwaarder, één diagnose', TAAL, BRAM);
  // A coding across a turn boundary, and one that is exactly a whole turn.
  code(0, 'het kind. 😀\n\nËcht waar', PARTNERSCHAP, ANOUK);
  code(0, 'Ëcht waar, café & école: samen praten hielp.', PARTNERSCHAP, BRAM);
  code(1, 'Als niemand op me let 😀😀, gewoon meedoen.', TAAL, ANOUK);
  code(1, 'één keer per week', PARTNERSCHAP, ANOUK);
  return {
    name: 'Normaal? Twee groepen',
    documents,
    speakers,
    turns,
    codes: normaliserenTemplate('nl'),
    codings,
    coders: [
      { id: ANOUK, name: 'Anouk de Vries' },
      { id: BRAM, name: 'Bram Ëlders' },
    ],
    memos: [
      {
        id: 'e1000000-0000-4000-8000-000000000001',
        target: 'project',
        title: 'Projectmemo',
        text: 'Eerste indrukken 😀',
        updatedAt: '2024-05-04T08:00:00.000Z',
      },
      {
        id: 'e1000000-0000-4000-8000-000000000002',
        target: `coding:${codings[1]!.id}`,
        title: 'Twijfel',
        text: 'Ook positieve blik?',
        updatedAt: '2024-05-04T08:03:00.000Z',
      },
    ],
    attributes: [
      {
        name: 'perspective',
        scope: 'document',
        type: 'choice',
        values: ['ervaringsdeskundige ouders', 'ervaringsdeskundige jongeren'],
      },
      { name: 'perspective', scope: 'speaker', type: 'choice', values: ['onderwijs'] },
      { name: 'rol', scope: 'speaker', type: 'text', values: [] },
    ],
  };
}
