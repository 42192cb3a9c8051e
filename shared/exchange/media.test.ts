import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import type { ProjectData } from '../model.ts';
import { readProject } from './projectRead.ts';
import { withoutDetectedSpeakers } from './speakerDetection.ts';
import { writeProject, writeProjectParts } from './projectWrite.ts';
import { transcriptProject } from './testTranscripts.ts';
import { attr, child, children, parseXml, type XmlNode } from './xml.ts';

const RECORDING = 'eeeeeeee-0000-4000-8000-000000000001';
const SYNC = 'eeeeeeee-0000-4000-8000-0000000000aa';
// Not a real recording: the exchange carries bytes as they are, whatever they hold.
const BYTES = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 1, 2, 3, 4, 5, 250, 251, 252]);

function withRecording(): ProjectData {
  const project = transcriptProject();
  const doc = project.documents[0]!;
  project.recordings = [
    {
      id: RECORDING,
      documentId: doc.id,
      kind: 'audio',
      fileName: 'Focusgroep ouders.mp3',
      mime: 'audio/mpeg',
      size: BYTES.length,
      duration: 61,
    },
  ];
  // The researcher's mark inside Vader's turn: "this word is heard at 1:30".
  const vader = project.turns.filter((t) => t.documentId === doc.id)[2]!;
  project.syncPoints = [{ id: SYNC, documentId: doc.id, offset: vader.start + 10, time: 90 }];
  return project;
}

const media = new Map([[RECORDING, BYTES]]);

function sourcesOf(xml: string): XmlNode {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.reason);
  return child(child(parsed.data, 'Project'), 'Sources')!;
}

describe('recordings in a .qdpx', () => {
  it('are written only when asked for, as an AudioSource whose transcript is the text source, valid against Project.xsd', () => {
    expect(writeProjectParts(withRecording()).xml).not.toContain('AudioSource');
    const { xml } = writeProjectParts(withRecording(), { media });
    expect(schemaErrors(xml, 'Project')).toBe('');
    const sources = sourcesOf(xml);
    const [audio] = children(sources, 'AudioSource');
    const text = children(sources, 'TextSource')[0]!;
    expect(attr(audio, 'name')).toBe('Focusgroep ouders.mp3');
    expect(attr(audio, 'path')).toBe(`internal://${RECORDING}.mp3`);
    const transcript = child(audio, 'Transcript')!;
    expect(attr(transcript, 'plainTextPath')).toBe(attr(text, 'plainTextPath'));
    // Five timed turns and the researcher's sync point, in text order, in milliseconds.
    const points = children(transcript, 'SyncPoint').map((p) => Number(attr(p, 'timeStamp')));
    expect(points).toEqual([0, 4500, 83000, 90000, 3725000, 3730000]);
    const selections = children(transcript, 'TranscriptSelection');
    expect(selections.map((s) => attr(s, 'name'))).toHaveLength(5);
    expect(attr(selections[1], 'name')).toMatch(/^Moeder/);
    const ids = new Set(children(transcript, 'SyncPoint').map((p) => attr(p, 'guid')));
    for (const s of selections) expect(ids.has(attr(s, 'fromSyncPoint'))).toBe(true);
  });

  it('puts a sync point at the start of the turn label other tools show, in code points', () => {
    const qdpx = unzipSync(writeProject(withRecording(), { media }));
    const xml = new TextDecoder().decode(qdpx['project.qde']);
    const transcript = child(children(sourcesOf(xml), 'AudioSource')[0], 'Transcript')!;
    const text = new TextDecoder().decode(qdpx[`sources/${attr(transcript, 'plainTextPath')!.slice(11)}`]);
    const chars = [...text];
    const moeder = children(transcript, 'SyncPoint')[1]!;
    expect(chars.slice(Number(attr(moeder, 'position'))).join('')).toMatch(
      /^\[00:00:04\] Moeder[^:]*: Een label/,
    );
    expect(qdpx[`sources/${RECORDING}.mp3`]).toEqual(BYTES);
  });

  it('round trip: export → import → export keeps the recording, the turn times and the sync points', () => {
    const first = writeProject(withRecording(), { media });
    const read = readProject(first, { now: '2024-06-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.reason);
    const { project, media: bytes, report } = read.data;
    expect(report).toEqual([]);
    expect(project.recordings).toEqual([
      {
        id: RECORDING,
        documentId: withRecording().documents[0]!.id,
        kind: 'audio',
        fileName: 'Focusgroep ouders.mp3',
        mime: 'audio/mpeg',
        size: BYTES.length,
        duration: 0,
      },
    ]);
    expect(bytes.get(RECORDING)).toEqual(BYTES);
    expect(project.syncPoints).toEqual(withRecording().syncPoints);
    expect(project.turns.map((t) => t.time)).toEqual(withRecording().turns.map((t) => t.time));
    const again = writeProject(
      { ...project, recordings: project.recordings!.map((r) => ({ ...r, duration: 61 })) },
      { media: bytes },
    );
    const xml = (q: Uint8Array) => new TextDecoder().decode(unzipSync(q)['project.qde']);
    expect(xml(again)).toBe(xml(first));
    expect(schemaErrors(xml(again), 'Project')).toBe('');
  });

  it('keeps researcher sync points in a backup without recordings', () => {
    const read = readProject(writeProject(withRecording()));
    if (!read.ok) throw new Error(read.reason);
    expect(read.data.project.syncPoints).toEqual(withRecording().syncPoints);
    expect(read.data.project.recordings).toBeUndefined();
  });
});

/** An NVivo/MAXQDA-style project: a video whose transcript is its own text file, with sync points and a coded selection. */
function otherToolProject(options: { path?: string; withMedia?: boolean } = {}): Uint8Array {
  const text =
    'Interviewer: Hoe was de week?\nAnna: Druk, maar goed.\nBram: Voor mij niet 😀 echt.\nAnna: Nee?';
  const cp = (needle: string) => [...text.slice(0, text.indexOf(needle))].length;
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Andere tool" origin="NVivo 14">
  <CodeBook><Codes><Code guid="C0DE0000-0000-4000-8000-000000000001" name="Druk" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <VideoSource guid="5E1EC7ED-0000-4000-8000-000000000001" name="Groep 3" path="${options.path ?? 'internal://5E1EC7ED-0000-4000-8000-000000000001.mp4'}">
      <Transcript guid="7A000000-0000-4000-8000-000000000001" name="Groep 3 - transcript.docx" plainTextPath="internal://7A000000-0000-4000-8000-000000000002.txt">
        <SyncPoint guid="50000000-0000-4000-8000-000000000001" position="0" timeStamp="0"/>
        <SyncPoint guid="50000000-0000-4000-8000-000000000002" position="${cp('Anna: Druk')}" timeStamp="3200"/>
        <SyncPoint guid="50000000-0000-4000-8000-000000000003" position="${cp('Bram:')}" timeStamp="7400"/>
        <SyncPoint guid="50000000-0000-4000-8000-000000000004" position="${cp('echt.')}" timeStamp="9000"/>
        <SyncPoint guid="50000000-0000-4000-8000-000000000005" position="${cp('Anna: Nee')}" timeStamp="11800"/>
        <TranscriptSelection guid="60000000-0000-4000-8000-000000000001" name="Druk" fromSyncPoint="50000000-0000-4000-8000-000000000002" toSyncPoint="50000000-0000-4000-8000-000000000003">
          <Coding guid="70000000-0000-4000-8000-000000000001"><CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000001"/></Coding>
        </TranscriptSelection>
      </Transcript>
      <VideoSelection guid="80000000-0000-4000-8000-000000000001" begin="1000" end="2000"/>
    </VideoSource>
  </Sources>
</Project>`;
  expect(schemaErrors(xml, 'Project')).toBe('');
  const files: Record<string, Uint8Array> = {
    'project.qde': strToU8(xml),
    'sources/7A000000-0000-4000-8000-000000000002.txt': strToU8(text),
  };
  if (options.withMedia !== false) files['sources/5E1EC7ED-0000-4000-8000-000000000001.mp4'] = BYTES;
  return zipSync(files);
}

describe('recordings from other tools', () => {
  it('a transcript becomes a document linked to its recording, with times per turn from the sync points', () => {
    const read = readProject(otherToolProject());
    if (!read.ok) throw new Error(read.reason);
    const { project, media: bytes, report } = read.data;
    expect(project.documents.map((d) => d.name)).toEqual(['Groep 3 - transcript']);
    const document = project.documents[0]!;
    expect(project.recordings).toMatchObject([
      { documentId: document.id, kind: 'video', fileName: 'Groep 3.mp4', mime: 'video/mp4' },
    ]);
    expect(bytes.get(project.recordings![0]!.id)).toEqual(BYTES);
    const turns = [...project.turns].sort((a, b) => a.start - b.start);
    expect(turns.map((t) => t.time)).toEqual([0, 3.2, 7.4, 11.8]);
    // The sync point inside Bram's turn is no turn's start: it stays a sync point, in UTF-16 offsets.
    expect(project.syncPoints).toEqual([
      expect.objectContaining({ offset: document.text.indexOf('echt.'), time: 9 }),
    ]);
    const [coding] = project.codings;
    expect(document.text.slice(coding!.start, coding!.end)).toBe('Anna: Druk, maar goed.\n');
    expect(report.map((w) => w.key)).toContain('exchange.warning.mediaSelectionsSkipped');
  });

  it('keeps every time when the detected speakers are declined: the turns go, their times stay as sync points', () => {
    const read = readProject(otherToolProject());
    if (!read.ok) throw new Error(read.reason);
    const { project, detected } = read.data;
    expect(detected.map((d) => d.documentId)).toEqual([project.documents[0]!.id]);
    const declined = withoutDetectedSpeakers(project, detected);
    const text = declined.documents[0]!.text;
    expect(declined.turns).toEqual([]);
    // Every time the sync points gave stays where it was heard: the four turn starts and the mark inside Bram's.
    const points = (declined.syncPoints ?? [])
      .map((p) => [text.slice(p.offset, p.offset + 10), p.time] as const)
      .sort((a, b) => a[1] - b[1]);
    expect(points).toEqual([
      ['Interviewe', 0],
      ['Anna: Druk', 3.2],
      ['Bram: Voor', 7.4],
      ['echt.\nAnna', 9],
      ['Anna: Nee?', 11.8],
    ]);
  });

  it('a recording outside the file, or missing from it, is said; its transcript still comes in', () => {
    for (const [options, key] of [
      [{ path: 'relative:///Groep 3.mp4' }, 'exchange.warning.recordingExternal'],
      [{ withMedia: false }, 'exchange.warning.recordingMissing'],
      [
        { path: 'internal://5E1EC7ED-0000-4000-8000-000000000001.wmv' },
        'exchange.warning.recordingUnplayable',
      ],
    ] as const) {
      const read = readProject(otherToolProject(options));
      if (!read.ok) throw new Error(read.reason);
      expect(read.data.report.map((w) => w.key)).toContain(key);
      expect(read.data.project.documents).toHaveLength(1);
      expect(read.data.project.recordings ?? []).toEqual([]);
      expect(read.data.project.turns.some((t) => t.time === 3.2)).toBe(true);
    }
  });

  it('a transcript that is the text of a text source links the recording to that document', () => {
    const project = withRecording();
    const qdpx = unzipSync(writeProject(project, { media }));
    delete qdpx['koor.json'];
    const read = readProject(zipSync(qdpx));
    if (!read.ok) throw new Error(read.reason);
    expect(read.data.project.documents).toHaveLength(2);
    expect(read.data.project.recordings).toMatchObject([{ documentId: project.documents[0]!.id }]);
    // Without koor.json the times come from the labels and the sync points; the researcher's mark stays one.
    const turns = read.data.project.turns.filter((t) => t.documentId === project.documents[0]!.id);
    expect(turns.map((t) => t.time)).toEqual([0, 4.5, 83, 3725, 3730]);
    expect(read.data.project.syncPoints).toEqual([expect.objectContaining({ time: 90 })]);
  });
});
