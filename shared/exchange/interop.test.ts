import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { schemaErrors } from '../../tests/fixtures/refi-qda/support.ts';
import type { ProjectData } from '../model.ts';
import { readProject } from './projectRead.ts';
import { applySpeakerChoices, withoutDetectedSpeakers } from './speakerDetection.ts';
import { writeProject } from './projectWrite.ts';
import { transcriptProject } from './testTranscripts.ts';
import { attr, child, children, parseXml, type XmlNode } from './xml.ts';

/** What another tool reads: project.qde and the source texts, nothing else. */
function asOtherTool(qdpx: Uint8Array) {
  const files = unzipSync(qdpx);
  const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
  const xml = decode(files['project.qde']);
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.reason);
  const root = child(parsed.data, 'Project')!;
  const sources = children(child(root, 'Sources'), 'TextSource').map((node) => {
    const path = attr(node, 'plainTextPath')!.replace('internal://', 'sources/');
    return { node, name: attr(node, 'name')!, text: decode(files[path]) };
  });
  return { files, xml, root, sources };
}

/** A slice of a text by code points, as REFI-QDA counts. */
const byCodePoints = (text: string, start: number, end: number): string =>
  [...text].slice(start, end).join('');

const codedWords = (project: ProjectData): string[] =>
  project.codings.map((c) =>
    project.documents.find((d) => d.id === c.documentId)!.text.slice(c.start, c.end),
  );

describe('a Koor .qdpx read as another tool reads it', () => {
  const project = transcriptProject();
  const qdpx = writeProject(project);
  const { xml, root, sources, files } = asOtherTool(qdpx);

  it('is valid against Project.xsd', () => {
    expect(schemaErrors(xml, 'Project')).toBe('');
  });

  it('has the coder by name on every selection and coding, with its date', () => {
    const users = new Map(
      children(child(root, 'Users'), 'User').map((u) => [attr(u, 'guid'), attr(u, 'name')]),
    );
    const coded = sources.flatMap((s) =>
      children(s.node, 'PlainTextSelection').filter((sel) => children(sel, 'Coding').length),
    );
    expect(coded).toHaveLength(project.codings.length);
    const names = coded.map((sel) => users.get(attr(sel, 'creatingUser')));
    expect(names).toEqual(
      project.codings.map((c) => project.coders.find((coder) => coder.id === c.coderId)!.name),
    );
    for (const sel of coded) {
      expect(attr(sel, 'creationDateTime')).toMatch(/^2024-05-03T/);
      expect(attr(child(sel, 'Coding'), 'creatingUser')).toBe(attr(sel, 'creatingUser'));
    }
  });

  it('shows each turn as a transcript line: time and speaker name, then the words', () => {
    const ouders = sources[0]!.text;
    expect(ouders.split('\n\n')).toEqual([
      'Focusgroep 12 maart 😀',
      '[00:00:00] Gespreksleider: Wat is voor jullie normaal?',
      '[00:00:04] Moeder: Een label als ADHD maakt het zwaarder, één diagnose en je bent het kind. 😀',
      '[00:01:23] Vader: Ëcht waar, café & école: samen praten hielp.',
      '[01:02:05] Gespreksleider: Kun je daar meer over zeggen?',
      '[01:02:10] Moeder: Samen met de school, dat gaf rust.',
    ]);
    expect(sources[1]!.text.split('\n\n')[1]).toBe('Sanne: Als niemand op me let 😀😀, gewoon meedoen.');
  });

  it('has selections covering exactly the coded words', () => {
    const words = sources.flatMap((s) =>
      children(s.node, 'PlainTextSelection')
        .filter((sel) => children(sel, 'Coding').length)
        .map((sel) =>
          byCodePoints(s.text, Number(attr(sel, 'startPosition')), Number(attr(sel, 'endPosition'))),
        ),
    );
    // The coding across a turn boundary now includes the next speaker's label, as the other tool shows it.
    const expected = codedWords(project).map((w) =>
      w === 'het kind. 😀\n\nËcht waar' ? 'het kind. 😀\n\n[00:01:23] Vader: Ëcht waar' : w,
    );
    expect(words).toEqual(expected);
  });

  it('has speakers as cases with unique names, perspective and role, linked to their turns', () => {
    const cases = children(child(root, 'Cases'), 'Case');
    const names = cases.map((c) => attr(c, 'name')!);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain('Gespreksleider (Focusgroep ouders)');
    expect(names).toContain('Gespreksleider (Focusgroep jongeren)');
    const variables = new Map(
      children(child(root, 'Variables'), 'Variable').map((v) => [attr(v, 'guid'), attr(v, 'name')]),
    );
    const values = (c: XmlNode): Record<string, string> =>
      Object.fromEntries(
        children(c, 'VariableValue').map((v) => [
          variables.get(attr(child(v, 'VariableRef'), 'targetGUID')),
          child(v, 'TextValue')!.t,
        ]),
      );
    const moeder = cases.find((c) => attr(c, 'name') === 'Moeder')!;
    expect(values(moeder)).toEqual({ perspective: 'ervaringsdeskundige ouders', gespreksrol: 'deelnemer' });
    const vader = cases.find((c) => attr(c, 'name') === 'Vader')!;
    expect(values(vader)).toMatchObject({ perspective: 'onderwijs', rol: 'vader' });
    const leider = cases.find((c) => attr(c, 'name') === 'Gespreksleider (Focusgroep ouders)')!;
    expect(values(leider).gespreksrol).toBe('gespreksleider');
    // Each case points at selections whose text starts right after that speaker's label.
    const selections = new Map(
      sources.flatMap((s) =>
        children(s.node, 'PlainTextSelection').map((sel) => [attr(sel, 'guid'), { sel, s }]),
      ),
    );
    for (const c of cases) {
      const refs = children(c, 'SelectionRef');
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const { sel, s } = selections.get(attr(ref, 'targetGUID'))!;
        const before = byCodePoints(s.text, 0, Number(attr(sel, 'startPosition')));
        const label = attr(c, 'name')!.replace(/ \(Focusgroep \w+\)$/, '');
        expect(before).toMatch(new RegExp(`(^|\\n)(\\[[\\d:]+\\] )?${label}: $`));
      }
    }
  });

  it('shows no Koor internals anywhere a tool displays', () => {
    expect(xml).not.toContain('[koor:');
    for (const s of sources) expect(s.text).not.toContain('[koor:');
    expect(xml).not.toContain('turn:');
    expect(Object.keys(files).sort()).toEqual([
      'koor.json',
      'project.qde',
      ...project.documents.map((d) => `sources/${d.id}.txt`).sort(),
    ]);
  });
});

describe('Koor reading its own file', () => {
  it('restores exactly its own model, and writes the same file again', () => {
    const original = transcriptProject();
    const first = writeProject(original);
    const read = readProject(first, { now: '2000-01-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.reason);
    expect(read.data.report).toEqual([]);
    expect(read.data.detected).toEqual([]);
    expect(read.data.project).toEqual(original);
    const again = unzipSync(writeProject(read.data.project));
    const before = unzipSync(first);
    for (const name of Object.keys(before))
      expect(new TextDecoder().decode(again[name]), name).toBe(new TextDecoder().decode(before[name]));
  });
});

describe('a project whose speaker information was stripped', () => {
  /** The .qdpx as another tool writes it back: no koor.json; without cases and uncoded selections, or with. */
  function stripped(keepCases: boolean): Uint8Array {
    const files = unzipSync(writeProject(transcriptProject()));
    delete files['koor.json'];
    let xml = new TextDecoder().decode(files['project.qde']);
    if (!keepCases)
      xml = xml
        .replace(/ {2}<Cases>[\s\S]*?<\/Cases>\n/, '')
        .replace(/ *<PlainTextSelection [^>]*\/>\n/g, '');
    files['project.qde'] = strToU8(xml);
    return zipSync(files);
  }

  it('gets its speakers and turns back by detection, with every coding on its words', () => {
    const read = readProject(stripped(false), { now: '2000-01-01T00:00:00.000Z' });
    if (!read.ok) throw new Error(read.reason);
    const { project, detected, report } = read.data;
    const original = transcriptProject();
    expect(project.speakers.map((s) => [s.label, s.role])).toEqual([
      ['Gespreksleider', 'moderator'],
      ['Moeder', 'participant'],
      ['Vader', 'participant'],
      ['Gespreksleider', 'moderator'],
      ['Sanne', 'participant'],
    ]);
    expect(detected.map((d) => d.speakers.map((s) => s.turns))).toEqual([
      [2, 2, 1],
      [2, 2],
    ]);
    expect(report.map((w) => w.key)).toEqual([
      'exchange.warning.speakersDetected',
      'exchange.warning.speakersDetected',
    ]);
    // The turns cover the spoken words (the labels stay in the text, before them).
    const spoken = (p: ProjectData): string[] =>
      p.turns.map((t) => p.documents.find((d) => d.id === t.documentId)!.text.slice(t.start, t.end));
    expect(spoken(project)).toEqual(spoken(original));
    expect(project.turns.slice(0, 3).map((t) => t.time)).toEqual([0, 4, 83]);
    expect(project.documents[0]!.text).toContain('[00:00:04] Moeder: Een label');
    // Codings stay on the same words (the one across a turn boundary now includes the label between).
    expect(codedWords(project)).toEqual(
      codedWords(original).map((w) =>
        w === 'het kind. 😀\n\nËcht waar' ? 'het kind. 😀\n\n[00:01:23] Vader: Ëcht waar' : w,
      ),
    );
    expect(project.coders.map((c) => c.name)).toEqual(['Anouk de Vries', 'Bram Ëlders']);
  });

  it("takes perspective and role from the other tool's speaker cases when they are kept", () => {
    const read = readProject(stripped(true));
    if (!read.ok) throw new Error(read.reason);
    const vader = read.data.project.speakers.find((s) => s.label === 'Vader')!;
    expect(vader.attributes).toEqual({ perspective: 'onderwijs', rol: 'vader' });
    const leiders = read.data.project.speakers.filter((s) => s.label === 'Gespreksleider');
    expect(leiders.map((s) => s.attributes.perspective)).toEqual([
      'ervaringsdeskundige ouders',
      'ervaringsdeskundige jongeren',
    ]);
    expect(read.data.detected.flatMap((d) => d.speakers.map((s) => s.fromCase))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('applies the choices of the speaker preview, or leaves the speakers out', () => {
    const read = readProject(stripped(false));
    if (!read.ok) throw new Error(read.reason);
    const { project, detected } = read.data;
    const ouders = detected[0]!;
    expect(ouders.parsed.speakers.map((s) => s.label)).toEqual(['Gespreksleider', 'Moeder', 'Vader']);
    const chosen = applySpeakerChoices(project, detected, {
      [ouders.documentId]: {
        Moeder: { name: 'Moeder (M1)', perspective: 'onderwijs' },
        Vader: { mergeInto: 'Moeder' },
      },
    });
    const speakers = chosen.speakers.filter((s) => s.documentId === ouders.documentId);
    expect(speakers.map((s) => [s.name, s.attributes.perspective])).toEqual([
      ['Gespreksleider', undefined],
      ['Moeder (M1)', 'onderwijs'],
    ]);
    const moeder = speakers[1]!.id;
    expect(chosen.turns.filter((t) => t.speakerId === moeder)).toHaveLength(3);
    expect(chosen.codings).toBe(project.codings);
    const without = withoutDetectedSpeakers(project, detected);
    expect(without.speakers).toEqual([]);
    expect(without.turns).toEqual([]);
    expect(without.codings).toBe(project.codings);
  });

  it("reads a Koor file with unreadable koor.json as another tool's, and says so", () => {
    const files = unzipSync(writeProject(transcriptProject()));
    files['koor.json'] = strToU8('{"koor": 2, "documents": []}');
    const read = readProject(zipSync(files));
    if (!read.ok) throw new Error(read.reason);
    expect(read.data.report[0]!.key).toBe('exchange.warning.koorDataUnreadable');
    expect(read.data.detected).toHaveLength(2);
  });
});
