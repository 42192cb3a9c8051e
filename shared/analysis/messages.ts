import type { Catalogue } from '../messages.ts';

/** Names and plain-language explanations of the analysis measures, modes and labels, in Dutch and English. */
export const analysisMessages: Catalogue = {
  nl: {
    'analysis.measure.codings': 'Coderingen',
    'analysis.measure.documents': 'Groepen',
    'analysis.measure.speakers': 'Sprekers',
    'analysis.measure.per1000': 'Per 1.000 woorden',
    'analysis.measure.percentOfColumn': '% van de coderingen',
    'analysis.measure.percentOfTurns': '% van de beurten',
    'analysis.measure.codings.help':
      'Hoe vaak een fragment met deze code is gecodeerd; overlappende fragmenten van dezelfde code tellen één keer.',
    'analysis.measure.documents.help':
      'In hoeveel groepsgesprekken (documenten) deze code minstens één keer voorkomt.',
    'analysis.measure.speakers.help':
      'Hoeveel verschillende deelnemers minstens één keer iets met deze code zeiden.',
    'analysis.measure.per1000.help':
      'Hoeveel gecodeerde woorden er zijn per 1.000 gesproken woorden in deze kolom, zodat grote en kleine groepen eerlijk te vergelijken zijn.',
    'analysis.measure.percentOfColumn.help': 'Welk deel van alle coderingen in deze kolom deze code is.',
    'analysis.measure.percentOfTurns.help':
      'In welk deel van de spreekbeurten in deze kolom deze code voorkomt.',
    'analysis.by.perspective': 'Perspectief',
    'analysis.by.document': 'Document',
    'analysis.by.speaker': 'Spreker',
    'analysis.by.attribute': 'Kenmerk: {{name}}',
    'analysis.column.none': '(geen waarde)',
    'analysis.column.noPerspective': '(geen perspectief)',
    'analysis.column.total': 'Totaal',
    'analysis.row.code': 'Code',
    'analysis.row.total': 'Alle codes',
    'analysis.rollup': 'Subcodes optellen bij de bovenliggende code',
    'analysis.includeModerator': 'Gespreksleider meetellen',
    'analysis.cooccurrence.overlap': 'Overlappende tekst',
    'analysis.cooccurrence.overlap.help':
      'Twee codes tellen samen als hun gecodeerde tekst in hetzelfde document overlapt.',
    'analysis.cooccurrence.turn': 'Zelfde spreekbeurt',
    'analysis.cooccurrence.turn.help': 'Twee codes tellen samen als ze in dezelfde spreekbeurt voorkomen.',
    'analysis.words.frequency': 'Woordfrequenties',
    'analysis.words.distinctive': 'Kenmerkende woorden',
    'analysis.words.distinctive.help':
      'Woorden die in dit perspectief vaker voorkomen dan bij de rest. G² (log-likelihood) zegt hoe zeker dat verschil is (boven 3,84 is het significant, p < 0,05); de log-ratio hoe groot het is (1 = twee keer zo vaak).',
    'analysis.kwic': 'Woord in context',
    'analysis.kwic.help': 'Zoekt ook vervoegingen en meervouden: "gesprek" vindt ook "gesprekken".',
  },
  en: {
    'analysis.measure.codings': 'Codings',
    'analysis.measure.documents': 'Groups',
    'analysis.measure.speakers': 'Speakers',
    'analysis.measure.per1000': 'Per 1,000 words',
    'analysis.measure.percentOfColumn': '% of codings',
    'analysis.measure.percentOfTurns': '% of turns',
    'analysis.measure.codings.help':
      'How often a fragment was coded with this code; overlapping fragments of the same code count once.',
    'analysis.measure.documents.help':
      'In how many group conversations (documents) this code occurs at least once.',
    'analysis.measure.speakers.help':
      'How many different participants said something with this code at least once.',
    'analysis.measure.per1000.help':
      'How many coded words there are per 1,000 spoken words in this column, so large and small groups compare fairly.',
    'analysis.measure.percentOfColumn.help': 'Which share of all codings in this column this code is.',
    'analysis.measure.percentOfTurns.help':
      'In which share of the speaking turns in this column this code occurs.',
    'analysis.by.perspective': 'Perspective',
    'analysis.by.document': 'Document',
    'analysis.by.speaker': 'Speaker',
    'analysis.by.attribute': 'Attribute: {{name}}',
    'analysis.column.none': '(no value)',
    'analysis.column.noPerspective': '(no perspective)',
    'analysis.column.total': 'Total',
    'analysis.row.code': 'Code',
    'analysis.row.total': 'All codes',
    'analysis.rollup': 'Add sub-codes to their parent code',
    'analysis.includeModerator': 'Include the moderator',
    'analysis.cooccurrence.overlap': 'Overlapping text',
    'analysis.cooccurrence.overlap.help':
      'Two codes count together when their coded text overlaps in the same document.',
    'analysis.cooccurrence.turn': 'Same turn',
    'analysis.cooccurrence.turn.help': 'Two codes count together when they occur in the same speaking turn.',
    'analysis.words.frequency': 'Word frequencies',
    'analysis.words.distinctive': 'Distinctive words',
    'analysis.words.distinctive.help':
      'Words this perspective uses more often than the rest. G² (log-likelihood) says how certain the difference is (above 3.84 it is significant, p < 0.05); the log ratio how large it is (1 = twice as often).',
    'analysis.kwic': 'Keyword in context',
    'analysis.kwic.help': 'Also finds inflections and plurals: "gesprek" also finds "gesprekken".',
  },
};
