/**
 * A deterministic, seeded generator of realistic synthetic projects for benchmarks and tests: N focus-group
 * transcripts of about M characters of Dutch-like text, each with a moderator and participants from the seven
 * perspectives, speaker turns, a 50-code codebook (themes with sub-codes) and codings spread over the turns.
 */
import type { Code, Coding, KoorDocument, ProjectData, Speaker, Turn } from '../../shared/model.ts';
import { DEFAULT_PERSPECTIVES, DEFAULT_THEMES } from '../../shared/analysis/perspectives.ts';

export type CorpusOptions = {
  documents?: number;
  /** Approximate characters of text per document. */
  charsPerDocument?: number;
  /** Total number of codings over the whole project. */
  codings?: number;
  seed?: number;
};

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  'de het een en van ik je dat die is niet op te in met voor zijn er maar om ook als dan aan wat ze we ' +
  'hebben heeft wel nog bij naar kan moet wordt door over zo hun geen heel echt gewoon eigenlijk toch'
).split(' ');

const CONTENT_WORDS = (
  'gesprek gesprekken ouder ouders kind kinderen jongere jongeren school scholen leerkracht leerkrachten ' +
  'hulp hulpverlener hulpverleners wijkteam gemeente beleid zorg jeugdhulp normaal normale normaliseren ' +
  'label labels diagnose diagnoses vertrouwen luisteren samen thuis gezin gezinnen taal woorden ideeën ' +
  'geïnteresseerd café coördinator financiën brede blik positieve acceptatie imperfectie partnerschap ' +
  'alliantie signaal signalen zorgen probleem problemen oplossing oplossingen ervaring ervaringen netwerk ' +
  'buurt vrijwilliger vrijwilligers sport vereniging opvoeden opvoeding spanning ruimte tijd vragen vraag ' +
  'kijken praten begrijpen steun ondersteuning regels protocol indicatie wachtlijst medicalisering'
).split(' ');

const SYLLABLES =
  'ver be ge ont her kin der ou hul wij ken taal school zorg spel huis werk tijd leer gang vraag'.split(' ');
const SUFFIXES = [
  '',
  '',
  'en',
  'en',
  's',
  'je',
  'jes',
  'heid',
  'ing',
  'ingen',
  'lijk',
  'lijke',
  'er',
  'ers',
  'ië',
  'ën',
];

/** Dutch-looking compounds with inflections, so word lists and the stemmer see a realistic vocabulary. */
function buildLexicon(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let stem = '';
    const parts = 2 + Math.floor(random() * 3);
    for (let i = 0; i < parts; i++) stem += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    words.add(stem + SUFFIXES[Math.floor(random() * SUFFIXES.length)]!);
  }
  return [...words];
}

/** Words one perspective uses more than the others, so "distinctive words" has something to find. */
const PERSPECTIVE_WORDS: readonly string[][] = [
  ['vrienden', 'mentor', 'stage', 'appen', 'serieus'],
  ['moeder', 'vader', 'opvoeden', 'zorgen', 'thuis'],
  ['consultatiebureau', 'groei', 'ontwikkeling', 'jeugdarts', 'screening'],
  ['casus', 'indicatie', 'wachtlijst', 'traject', 'behandeling'],
  ['wethouder', 'budget', 'inkoop', 'transformatie', 'monitor'],
  ['leerling', 'klas', 'zorgcoördinator', 'passend', 'onderwijs'],
  ['onderzoek', 'opleiding', 'studenten', 'evidentie', 'praktijk'],
];

const FIRST_NAMES =
  'Anouk Bram Chantal Daan Eva Fatima Gijs Hanna Iris Jesse Kim Lotte Mohammed Noor Ozan Pien'.split(' ');

/** A deterministic GUID-shaped id from the generator (REFI-QDA wants GUIDs everywhere). */
function makeGuid(random: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(random() * 16).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The 50-code template codebook: five themes with four sub-codes each, factors, domains and dimensions. */
function buildCodes(guid: () => string): Code[] {
  const codes: Code[] = [];
  const add = (name: string, parentId: string | null, codable = true): string => {
    const id = guid();
    const order = codes.length;
    const color = `#${((order * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}`;
    codes.push({
      id,
      parentId,
      name,
      color,
      description: '',
      inclusion: '',
      exclusion: '',
      example: '',
      order,
      codable,
    });
    return id;
  };
  for (const theme of DEFAULT_THEMES) {
    const id = add(theme.nl, null);
    for (const sub of ['voorbeeld', 'knelpunt', 'wens', 'ervaring']) add(`${theme.nl}: ${sub}`, id);
  }
  for (const factor of ['werkzame factoren', 'belemmerende factoren']) {
    const id = add(factor, null, false);
    for (const sub of ['houding', 'tijd', 'samenwerking', 'regels', 'taalgebruik']) add(`${sub}`, id);
  }
  const domains = add('domein', null, false);
  for (const d of [
    'informele steun en pedagogische civil society',
    'formele hulp en ondersteuning',
    'beleid',
  ]) {
    add(d, domains);
  }
  for (const [group, a, b] of [
    ['informeel/formeel', 'informeel', 'formeel'],
    ['individueel/collectief', 'individueel', 'collectief'],
  ] as const) {
    const id = add(group, null, false);
    add(a, id);
    add(b, id);
  }
  for (const extra of ['signalen', 'labels', 'medicalisering']) add(extra, null);
  return codes;
}

/** A synthetic project; the same options always give the same project. */
export function generateCorpus(options: CorpusOptions = {}): ProjectData {
  const {
    documents: docCount = 70,
    charsPerDocument = 70_000,
    codings: codingCount = 100_000,
    seed = 42,
  } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const guid = (): string => makeGuid(random);
  const codes = buildCodes(guid);
  const lexicon = buildLexicon(random, 20_000);
  // Zipf-like: a few lexicon words are frequent, most are rare.
  const pickLexical = (): string => lexicon[Math.floor(lexicon.length * random() ** 3)]!;
  const codable = codes.filter((c) => c.codable);

  const documents: KoorDocument[] = [];
  const speakers: Speaker[] = [];
  const turns: Turn[] = [];
  const participantTurns: Turn[][] = [];
  for (let d = 0; d < docCount; d++) {
    const docId = guid();
    const perspectiveIndex = d % DEFAULT_PERSPECTIVES.length;
    const docSpeakers: { speaker: Speaker; perspectiveIndex: number }[] = [];
    const moderator: Speaker = {
      id: guid(),
      documentId: docId,
      label: 'Gespreksleider',
      name: 'Gespreksleider',
      role: 'moderator',
      attributes: {},
    };
    speakers.push(moderator);
    const participants = 5 + Math.floor(random() * 4);
    for (let s = 0; s < participants; s++) {
      // One in five participants comes from another perspective than the group's.
      const own = random() < 0.2 ? Math.floor(random() * DEFAULT_PERSPECTIVES.length) : perspectiveIndex;
      const speaker: Speaker = {
        id: guid(),
        documentId: docId,
        label: `R${s + 1}`,
        name: `${pick(FIRST_NAMES)} ${d + 1}.${s + 1}`,
        role: 'participant',
        attributes: own === perspectiveIndex ? {} : { perspective: DEFAULT_PERSPECTIVES[own]!.nl },
      };
      speakers.push(speaker);
      docSpeakers.push({ speaker, perspectiveIndex: own });
    }
    const parts: string[] = [`Focusgroep ${d + 1}: Wat is ieders normaal?\n\n`];
    let length = parts[0]!.length;
    const docTurns: Turn[] = [];
    while (length < charsPerDocument) {
      const isModerator = random() < 0.15;
      const chosen = isModerator ? undefined : pick(docSpeakers);
      const speaker = chosen?.speaker ?? moderator;
      const special = PERSPECTIVE_WORDS[chosen?.perspectiveIndex ?? perspectiveIndex]!;
      const label = `${speaker.label}: `;
      const words: string[] = [];
      const wordCount = isModerator ? 8 + Math.floor(random() * 20) : 20 + Math.floor(random() * 120);
      for (let w = 0; w < wordCount; w++) {
        const r = random();
        let word =
          r < 0.5
            ? pick(FUNCTION_WORDS)
            : r < 0.7
              ? pick(CONTENT_WORDS)
              : r < 0.93
                ? pickLexical()
                : pick(special);
        if (w === 0) word = word[0]!.toUpperCase() + word.slice(1);
        words.push(w > 0 && random() < 0.08 ? `${word}.` : word);
      }
      const spoken = `${words.join(' ')}.`;
      const start = length + label.length;
      const turn: Turn = {
        id: guid(),
        documentId: docId,
        speakerId: speaker.id,
        start,
        end: start + spoken.length,
      };
      turns.push(turn);
      if (!isModerator) docTurns.push(turn);
      parts.push(label, spoken, '\n\n');
      length = turn.end + 2;
    }
    participantTurns.push(docTurns);
    documents.push({
      id: docId,
      name: `Focusgroep ${String(d + 1).padStart(2, '0')}`,
      format: 'docx',
      text: parts.join(''),
      sourceHash: guid().replace(/-/g, ''),
      importedAt: '2025-01-01T00:00:00.000Z',
      preambleEnd: parts[0]!.length,
      attributes: {
        perspective: DEFAULT_PERSPECTIVES[perspectiveIndex]!.nl,
        setting: d % 2 ? 'formeel' : 'informeel',
        regio: pick(['Noord', 'Oost', 'Zuid', 'West']),
      },
      order: d,
    });
  }

  const coderId = guid();
  const allTurns = turns;
  const documentById = new Map(documents.map((doc) => [doc.id, doc]));
  const codings: Coding[] = [];
  for (let i = 0; i < codingCount; i++) {
    const d = Math.floor(random() * docCount);
    const own = participantTurns[d]!;
    // One in ten codings falls on any turn, the moderator's included.
    const turn = random() < 0.1 || own.length === 0 ? pick(allTurns) : pick(own);
    const doc = documentById.get(turn.documentId)!;
    const span = turn.end - turn.start;
    const start = turn.start + Math.floor(random() * Math.max(1, span - 20));
    const wanted = 40 + Math.floor(random() * 360);
    // One in twenty codings runs on into the next turn.
    const end = Math.min(
      doc.text.length,
      random() < 0.05 ? start + wanted + span : Math.min(turn.end, start + wanted),
    );
    codings.push({
      id: guid(),
      documentId: doc.id,
      codeId: pick(codable).id,
      start,
      end: Math.max(end, start + 1),
      coderId,
      createdAt: '2025-01-02T00:00:00.000Z',
    });
  }

  return {
    name: 'Synthetisch corpus',
    documents,
    speakers,
    turns,
    codes,
    codings,
    coders: [{ id: coderId, name: 'Onderzoeker' }],
    memos: [],
    attributes: [
      {
        name: 'perspective',
        scope: 'document',
        type: 'choice',
        values: DEFAULT_PERSPECTIVES.map((p) => p.nl),
      },
      { name: 'setting', scope: 'document', type: 'choice', values: ['informeel', 'formeel'] },
      { name: 'regio', scope: 'document', type: 'choice', values: ['Noord', 'Oost', 'Zuid', 'West'] },
    ],
  };
}
