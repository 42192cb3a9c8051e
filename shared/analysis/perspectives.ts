/**
 * The seven default perspectives of the learning network and the five themes of "het goede gesprek",
 * with stable colours so a perspective looks the same in speaker chips, tables and charts.
 */

/** `short`: the name a column head shows where seven stand side by side (the full name is its tooltip). */
export type Perspective = {
  id: string;
  nl: string;
  en: string;
  short: { nl: string; en: string };
  color: string;
};

/** Okabe–Ito based: distinguishable for the common forms of colour blindness, in this order. */
export const DEFAULT_PERSPECTIVES: readonly Perspective[] = [
  {
    id: 'youth',
    nl: 'ervaringsdeskundige jongeren',
    en: 'young people with lived experience',
    short: { nl: 'jongeren', en: 'young people' },
    color: '#E69F00',
  },
  {
    id: 'parents',
    nl: 'ervaringsdeskundige ouders',
    en: 'parents with lived experience',
    short: { nl: 'ouders', en: 'parents' },
    color: '#56B4E9',
  },
  {
    id: 'jgz',
    nl: 'jeugdgezondheidszorg (JGZ)',
    en: 'youth health care (JGZ)',
    short: { nl: 'JGZ', en: 'youth health care' },
    color: '#009E73',
  },
  {
    id: 'youthcare',
    nl: 'jeugdhulp (wijkteam / jeugdhulporganisatie)',
    en: 'youth care (neighbourhood team / youth care organisation)',
    short: { nl: 'jeugdhulp', en: 'youth care' },
    color: '#0072B2',
  },
  {
    id: 'policy',
    nl: 'gemeente / beleid',
    en: 'municipality / policy',
    short: { nl: 'gemeente', en: 'municipality' },
    color: '#D55E00',
  },
  {
    id: 'education',
    nl: 'onderwijs',
    en: 'education',
    short: { nl: 'onderwijs', en: 'education' },
    color: '#CC79A7',
  },
  {
    id: 'research',
    nl: 'onderzoek en opleiding',
    en: 'research and training',
    short: { nl: 'onderzoek', en: 'research' },
    color: '#6B6B6B',
  },
];

/** The five features of "het goede gesprek", the themes the radar chart profiles. */
export const DEFAULT_THEMES: readonly { id: string; nl: string; en: string }[] = [
  { id: 'partnership', nl: 'partnerschap en alliantie', en: 'partnership and alliance' },
  { id: 'language', nl: 'taal', en: 'language' },
  { id: 'broadView', nl: 'brede blik', en: 'broad view' },
  { id: 'positiveView', nl: 'positieve blik', en: 'positive view' },
  { id: 'imperfection', nl: 'acceptatie van imperfectie', en: 'acceptance of imperfection' },
];

/** Colours for perspectives outside the default seven (Tableau 10 minus hues close to the defaults). */
const EXTRA_COLORS = ['#4E79A7', '#F28E2B', '#59A14F', '#B07AA1', '#9C755F', '#EDC948', '#76B7B2', '#FF9DA7'];

const normalise = (name: string): string => name.trim().toLowerCase();

/** The default perspective a stored value (Dutch or English label, or id) stands for, if any. */
export function findDefaultPerspective(name: string): Perspective | undefined {
  const key = normalise(name);
  return DEFAULT_PERSPECTIVES.find(
    (p) => p.id === name || normalise(p.nl) === key || normalise(p.en) === key,
  );
}

/** A stable colour for a perspective: its fixed colour when it is a default one, else by its index. */
export function perspectiveColor(name: string, index: number): string {
  const known = findDefaultPerspective(name);
  if (known) return known.color;
  return EXTRA_COLORS[((index % EXTRA_COLORS.length) + EXTRA_COLORS.length) % EXTRA_COLORS.length]!;
}

/** The label of a perspective value in the given language (default perspectives are translated). */
export function perspectiveLabel(name: string, lang: 'nl' | 'en'): string {
  const known = findDefaultPerspective(name);
  return known ? known[lang] : name;
}

/**
 * The short name of a perspective (a stored value or a label in either language) for a column head, with the
 * full name to show beside it; any other value is its own short name.
 */
export function perspectiveShortLabel(name: string, lang: 'nl' | 'en'): string {
  const known = findDefaultPerspective(name);
  return known ? known.short[lang] : name;
}

/** Sort rank of a perspective value: default perspectives in their order, then the rest. */
export function perspectiveRank(name: string): number {
  const known = findDefaultPerspective(name);
  return known ? DEFAULT_PERSPECTIVES.indexOf(known) : DEFAULT_PERSPECTIVES.length;
}

/** Sorts attribute values with the seven default perspectives first, in their fixed order, then the rest A–Z. */
export function sortByPerspectiveOrder(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => perspectiveRank(a) - perspectiveRank(b) || a.localeCompare(b, 'nl'));
}

/**
 * How a group (a document) is named where several groups stand side by side: its perspective in the user's
 * language and its own name, so two groups of one perspective can be told apart ("Education · School B").
 */
export function groupLabel(
  doc: { name: string; attributes: Record<string, string> },
  lang: 'nl' | 'en',
): string {
  const perspective = doc.attributes['perspective'];
  return perspective ? `${perspectiveLabel(perspective, lang) || perspective} · ${doc.name}` : doc.name;
}
