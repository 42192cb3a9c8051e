/** A small project for exchange tests: overlapping codings, é ë and emoji, speakers, turns, memos. */
import { normaliserenTemplate } from '../codebook/template.ts';
import type { ProjectData } from '../model.ts';

const DOC1 = '11111111-1111-4111-8111-111111111111';
const DOC2 = '22222222-2222-4222-8222-222222222222';
const CODER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const TAAL = '024755aa-c11e-4680-813a-7edd8d890025';
const PARTNERSCHAP = '3e13145b-071a-404b-9ad7-b5dbd1670213';

/** The two texts; the first has an emoji before later codings so code points and UTF-16 differ. */
export const SAMPLE_TEXTS = [
  'Gespreksleider: Wat is normaal? 😀\nMoeder: Een label als ADHD maakt het zwaarder, één diagnose en je bent het kind.\nJongere: Samen praten hielp, café & école 😀😀 dat was fijn.',
  'Docent: Op school is geen tijd. Ëcht niet.\nBeleid: De financiering is per traject.',
];

/** Builds the sample project (a fresh copy each call). */
export function sampleProject(): ProjectData {
  const [t1, t2] = SAMPLE_TEXTS as [string, string];
  const at = (text: string, needle: string): [number, number] => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`missing ${needle}`);
    return [start, start + needle.length];
  };
  const [m1s] = at(t1, 'Moeder: ');
  const [j1s] = at(t1, 'Jongere: ');
  const [labelS, labelE] = at(t1, 'Een label als ADHD');
  const [diagS, diagE] = at(t1, 'ADHD maakt het zwaarder, één diagnose');
  const [samenS, samenE] = at(t1, 'café & école 😀😀 dat was fijn');
  const [tijdS, tijdE] = at(t2, 'Ëcht niet.');
  return {
    name: 'Proef & project "één"',
    documents: [
      {
        id: DOC1,
        name: 'Focusgroep ouders.txt',
        format: 'txt',
        text: t1,
        sourceHash: 'abc123',
        importedAt: '2024-05-01T10:00:00.000Z',
        preambleEnd: 0,
        attributes: { perspective: 'ervaringsdeskundige ouders', gemeente: 'Zwolle' },
        order: 0,
      },
      {
        id: DOC2,
        name: 'Onderwijs.docx',
        format: 'docx',
        text: t2,
        sourceHash: 'def456',
        importedAt: '2024-05-02T10:00:00.000Z',
        attributes: { perspective: 'onderwijs' },
        order: 1,
      },
    ],
    speakers: [
      {
        id: 'a1111111-0000-4000-8000-000000000001',
        documentId: DOC1,
        label: 'Gespreksleider',
        name: 'Gespreksleider',
        role: 'moderator',
        attributes: {},
      },
      {
        id: 'a1111111-0000-4000-8000-000000000002',
        documentId: DOC1,
        label: 'Moeder',
        name: 'Moeder (M1)',
        role: 'participant',
        attributes: { leeftijd: '42' },
        color: '#AA3355',
      },
      {
        id: 'a1111111-0000-4000-8000-000000000003',
        documentId: DOC1,
        label: 'Jongere',
        name: 'Jongere',
        role: 'participant',
        attributes: { perspective: 'ervaringsdeskundige jongeren' },
      },
      {
        id: 'a2222222-0000-4000-8000-000000000001',
        documentId: DOC2,
        label: 'Docent',
        name: 'Docent',
        role: 'participant',
        attributes: {},
      },
    ],
    turns: [
      {
        id: 'b1111111-0000-4000-8000-000000000001',
        documentId: DOC1,
        speakerId: 'a1111111-0000-4000-8000-000000000001',
        start: 16,
        end: m1s - 1,
        time: 0,
      },
      {
        id: 'b1111111-0000-4000-8000-000000000002',
        documentId: DOC1,
        speakerId: 'a1111111-0000-4000-8000-000000000002',
        start: m1s + 8,
        end: j1s - 1,
        time: 4.5,
        endTime: 9,
      },
      {
        id: 'b1111111-0000-4000-8000-000000000003',
        documentId: DOC1,
        speakerId: 'a1111111-0000-4000-8000-000000000003',
        start: j1s + 9,
        end: t1.length,
      },
      {
        id: 'b2222222-0000-4000-8000-000000000001',
        documentId: DOC2,
        speakerId: 'a2222222-0000-4000-8000-000000000001',
        start: 8,
        end: t2.indexOf('\n'),
      },
      {
        id: 'b2222222-0000-4000-8000-000000000002',
        documentId: DOC2,
        speakerId: null,
        start: t2.indexOf('\n') + 9,
        end: t2.length,
      },
    ],
    codes: normaliserenTemplate('nl'),
    codings: [
      {
        id: 'd0000000-0000-4000-8000-000000000001',
        documentId: DOC1,
        codeId: TAAL,
        start: labelS,
        end: labelE,
        coderId: CODER,
        createdAt: '2024-05-03T09:00:00.000Z',
        memo: 'Label als last & "stempel" <sterk>',
      },
      {
        id: 'd0000000-0000-4000-8000-000000000002',
        documentId: DOC1,
        codeId: TAAL,
        start: diagS,
        end: diagE,
        coderId: CODER,
        createdAt: '2024-05-03T09:01:00.000Z',
      },
      {
        id: 'd0000000-0000-4000-8000-000000000003',
        documentId: DOC1,
        codeId: PARTNERSCHAP,
        start: samenS,
        end: samenE,
        coderId: CODER,
        createdAt: '2024-05-03T09:02:00.000Z',
      },
      {
        id: 'd0000000-0000-4000-8000-000000000004',
        documentId: DOC2,
        codeId: '71247d2b-5d3b-4c37-8ca9-c4dd441788a9',
        start: tijdS,
        end: tijdE,
        coderId: CODER,
        createdAt: '2024-05-03T09:03:00.000Z',
      },
    ],
    coders: [{ id: CODER, name: 'Anouk de Vries' }],
    memos: [
      {
        id: 'e0000000-0000-4000-8000-000000000001',
        target: 'project',
        title: 'Projectmemo',
        text: 'Eerste indrukken:\n- veel over labels 😀\n',
        updatedAt: '2024-05-04T08:00:00.000Z',
      },
      {
        id: 'e0000000-0000-4000-8000-000000000002',
        target: `document:${DOC1}`,
        title: 'Over deze groep',
        text: 'Rustige groep.',
        updatedAt: '2024-05-04T08:01:00.000Z',
      },
      {
        id: 'e0000000-0000-4000-8000-000000000003',
        target: `code:${TAAL}`,
        title: 'Taal',
        text: 'Let op het verschil tussen label en diagnose.',
        updatedAt: '2024-05-04T08:02:00.000Z',
      },
      {
        id: 'e0000000-0000-4000-8000-000000000004',
        target: 'coding:d0000000-0000-4000-8000-000000000002',
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
        values: ['ervaringsdeskundige ouders', 'onderwijs'],
      },
      { name: 'perspective', scope: 'speaker', type: 'choice', values: ['ervaringsdeskundige jongeren'] },
      { name: 'leeftijd', scope: 'speaker', type: 'number', values: [] },
    ],
  };
}
