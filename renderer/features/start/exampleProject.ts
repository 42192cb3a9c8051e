import { normaliserenTemplate } from '../../../shared/codebook/template.ts';
import { codingsFromPassages, type Passage } from '../../../shared/coding/quotesToCodings.ts';
import { newId } from '../../../shared/ids.ts';
import { parseTranscript } from '../../../shared/import/parse.ts';
import { guessPerspective } from '../../../shared/import/perspective.ts';
import { sha256Hex, toProjectRecords } from '../../../shared/import/records.ts';
import type { Code, Coding, KoorDocument, Speaker, Turn } from '../../../shared/model.ts';
import { createProject, openProject } from '../../db/projects.ts';
import examples from '../../examples/examples.json';

type ExampleFile = { file: string; perspective: string; moderator: string; passages: Passage[] };

// The example transcripts ship with the app (synthetic; every person is made up).
const urls = import.meta.glob('../../examples/*.{vtt,txt,docx,csv,srt}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const OWN_CODES_COLOR = '#7f7f7f';

/** Codes for the example's themes: the Normaliseren template, plus own codes for themes outside it. */
function exampleCodes(
  lang: 'nl' | 'en',
  themes: string[],
): { codes: Code[]; idForTheme: (theme: string) => string } {
  const template = normaliserenTemplate(lang);
  const dutchNames = new Map(normaliserenTemplate('nl').map((c) => [c.name.toLowerCase(), c.id]));
  const codes = [...template];
  const ownParent: Code = {
    id: newId(),
    parentId: null,
    name: lang === 'en' ? 'Own codes' : 'Eigen codes',
    color: OWN_CODES_COLOR,
    description: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order: Math.max(0, ...template.filter((c) => c.parentId === null).map((c) => c.order)) + 1,
    codable: false,
  };
  const ids = new Map<string, string>();
  for (const theme of themes) {
    const known = dutchNames.get(theme.toLowerCase());
    if (known) {
      ids.set(theme, known);
      continue;
    }
    if (!ids.has(theme)) {
      const code: Code = {
        ...ownParent,
        id: newId(),
        parentId: ownParent.id,
        name: theme.charAt(0).toUpperCase() + theme.slice(1),
        color: OWN_CODES_COLOR,
        order: ids.size,
        codable: true,
      };
      codes.push(code);
      ids.set(theme, code.id);
    }
  }
  if (codes.some((c) => c.parentId === ownParent.id)) codes.push(ownParent);
  return { codes, idForTheme: (theme) => ids.get(theme)! };
}

/** Creates the example project: seven groups, the Normaliseren codebook and example codings. Returns its id. */
export async function createExampleProject(lang: 'nl' | 'en'): Promise<string> {
  const files = (examples as { files: ExampleFile[] }).files;
  const { codes, idForTheme } = exampleCodes(
    lang,
    files.flatMap((f) => f.passages.map((p) => p.theme)),
  );
  const coder = { id: newId(), name: lang === 'en' ? 'Example coder' : 'Voorbeeldcodeur' };
  const documents: KoorDocument[] = [];
  const speakers: Speaker[] = [];
  const turns: Turn[] = [];
  const codings: Coding[] = [];
  for (const [order, example] of files.entries()) {
    const url = Object.entries(urls).find(([path]) => path.endsWith(`/${example.file}`))?.[1];
    if (!url) throw new Error(`Example file missing: ${example.file}`);
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const parsed = await parseTranscript(example.file, bytes);
    if (!parsed.ok) throw new Error(`Example file unreadable: ${example.file} (${parsed.reason})`);
    const records = toProjectRecords(parsed.data, {
      name: example.file
        .replace(/^\d+_/, '')
        .replace(/\.[^.]+$/, '')
        .replace(/_/g, ' '),
      sourceHash: await sha256Hex(bytes),
      // The seven default perspectives (fixed colours, translated labels), recognised from the file names.
      perspective: guessPerspective(example.file) ?? example.perspective,
      order,
      speakers: { [example.moderator]: { role: 'moderator' } },
    });
    documents.push(records.document);
    speakers.push(...records.speakers);
    turns.push(...records.turns);
    codings.push(...codingsFromPassages(records.document, example.passages, idForTheme, coder.id).codings);
  }
  const id = await createProject(
    lang === 'en' ? 'Example: What is everyone’s normal?' : 'Voorbeeld: Wat is ieders normaal?',
  );
  await openProject(id).history.commit('history.import', {
    documents: { put: documents },
    speakers: { put: speakers },
    turns: { put: turns },
    codes: { put: codes },
    codings: { put: codings },
    coders: { put: [coder] },
  });
  return id;
}
