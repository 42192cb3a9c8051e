import type { Catalogue } from '../messages.ts';

/** Messages of the summary grid and its report, in Dutch and English. */
export const synthesisMessages: Catalogue = {
  nl: {
    'synthesis.quote.empty': 'Een ingekort citaat kan niet leeg zijn.',
    'synthesis.quote.doubleEllipsis': 'Twee weglatingstekens staan direct na elkaar.',
    'synthesis.quote.notInFragment':
      '"{{piece}}" staat niet (als hele woorden, in deze volgorde) in het gecodeerde fragment.',
    'synthesis.quote.missingEllipsis': 'Weggelaten woorden ("{{words}}") moeten met … worden aangegeven.',
    'synthesis.quote.nothingLeftOut': 'Op de plaats van een … is niets weggelaten.',
    'synthesis.citation.codingRemoved': 'Verwijzing verbroken: de codering is verwijderd.',
    'synthesis.citation.textDeleted': 'Verwijzing verbroken: de geciteerde tekst is verwijderd.',
    'synthesis.citation.documentRemoved': 'Verwijzing verbroken: het document is verwijderd.',
  },
  en: {
    'synthesis.quote.empty': 'A shortened quote cannot be empty.',
    'synthesis.quote.doubleEllipsis': 'Two ellipses follow each other directly.',
    'synthesis.quote.notInFragment':
      '"{{piece}}" is not in the coded fragment (as whole words, in this order).',
    'synthesis.quote.missingEllipsis': 'Words left out ("{{words}}") must be marked with ….',
    'synthesis.quote.nothingLeftOut': 'Nothing is left out where a … stands.',
    'synthesis.citation.codingRemoved': 'Broken citation: the coding was removed.',
    'synthesis.citation.textDeleted': 'Broken citation: the cited text was deleted.',
    'synthesis.citation.documentRemoved': 'Broken citation: the document was removed.',
  },
};
