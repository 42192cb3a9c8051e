import { describe, expect, it } from 'vitest';
import { readProjectXml } from './projectRead.ts';

const NOW = '2000-01-01T00:00:00.000Z';
const DOC = 'aaaaaaaa-0000-4000-8000-000000000001';
const CODE = 'bbbbbbbb-0000-4000-8000-000000000001';
const USER = 'cccccccc-0000-4000-8000-000000000001';
const OTHER_USER = 'cccccccc-0000-4000-8000-000000000002';
const NOTE = 'dddddddd-0000-4000-8000-000000000001';
const SELECTION_NOTE = 'dddddddd-0000-4000-8000-000000000002';

// Selections as other tools write them: several codings on one, an unknown code among them, a note on the
// selection, the coder and date on the selection only, upper-case and braced GUIDs, an uncoded selection.
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Selecties">
  <Users><User guid="${USER}" name="Anna"/><User guid="${OTHER_USER}" name="Bram"/></Users>
  <CodeBook><Codes><Code guid="${CODE}" name="Zorg" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${DOC}" name="Gesprek"><PlainTextContent>Hallo allemaal, welkom bij het gesprek.</PlainTextContent>
      <PlainTextSelection guid="{EEEEEEEE-0000-4000-8000-000000000001}" startPosition="0" endPosition="5" creatingUser="${OTHER_USER}" creationDateTime="2024-05-01T10:00:00Z">
        <Coding guid="FFFFFFFF-0000-4000-8000-000000000001"><CodeRef targetGUID="${CODE.toUpperCase()}"/><NoteRef targetGUID="${NOTE}"/></Coding>
        <Coding guid="ffffffff-0000-4000-8000-000000000002" creatingUser="${USER}"><CodeRef targetGUID="99999999-0000-4000-8000-000000000009"/></Coding>
        <Coding guid="ffffffff-0000-4000-8000-000000000003" creatingUser="${USER}" creationDateTime="2024-06-01T10:00:00Z"><CodeRef targetGUID="${CODE}"/></Coding>
        <NoteRef targetGUID="${SELECTION_NOTE}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="eeeeeeee-0000-4000-8000-000000000002" startPosition="16" endPosition="6"/>
      <PlainTextSelection guid="eeeeeeee-0000-4000-8000-000000000003" startPosition="22" endPosition="25"><Coding><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="${NOTE}" name="Over de coding"><PlainTextContent>Twijfel</PlainTextContent></Note>
    <Note guid="${SELECTION_NOTE}" name="Citaat"><PlainTextContent>Mooi citaat</PlainTextContent></Note>
  </Notes>
</Project>`;

describe('reading selections and their codings', () => {
  it('reads every coding of a selection in order, with its coder, date and notes', () => {
    const result = readProjectXml(QDE, { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const { project, report } = result.data;
    expect(project.codings).toEqual([
      {
        id: 'ffffffff-0000-4000-8000-000000000001',
        documentId: DOC,
        codeId: CODE,
        start: 0,
        end: 5,
        coderId: OTHER_USER,
        createdAt: '2024-05-01T10:00:00Z',
      },
      {
        id: 'ffffffff-0000-4000-8000-000000000003',
        documentId: DOC,
        codeId: CODE,
        start: 0,
        end: 5,
        coderId: USER,
        createdAt: '2024-06-01T10:00:00Z',
      },
      expect.objectContaining({ documentId: DOC, codeId: CODE, start: 22, end: 25, createdAt: NOW }),
    ]);
    // A coding without a guid gets a derived one, the same on every read.
    expect(project.codings[2]!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(readProjectXml(QDE, { now: NOW })).toEqual(result);
    expect(project.memos.map((m) => [m.target, m.text])).toEqual([
      ['coding:ffffffff-0000-4000-8000-000000000001', 'Twijfel'],
      ['coding:ffffffff-0000-4000-8000-000000000001', 'Mooi citaat'],
    ]);
    expect(report.map((w) => w.key)).toContain('exchange.warning.unknownCode');
    expect(project.coders.map((c) => c.name).sort()).toEqual(['Anna', 'Bram', 'Import']);
  });
});
