import type { Catalogue } from '../messages.ts';

/** Messages of agreement, auto-coding suggestions, pseudonymisation and merging, in Dutch and English. */
export const rigourMessages: Catalogue = {
  nl: {
    'rigour.ratingsEmpty': 'Het beoordelingsbestand is leeg. Verwacht: kolommen eenheid;codeur;waarde.',
    'rigour.ratingsBadRow':
      'Regel {{row}} van het beoordelingsbestand mist een eenheid of codeur. Verwacht: eenheid;codeur;waarde.',
    'rigour.ratingsDuplicate':
      'Eenheid {{unit}} is twee keer beoordeeld door {{coder}}; de laatste waarde telt.',
    'rigour.undefined': 'niet te bepalen',
    'rigour.undefinedExplained':
      'Niet te bepalen: alle codeurs gebruikten overal dezelfde categorie, dus overeenstemming is niet van toeval te onderscheiden.',
    'rigour.measure.n':
      'Het aantal eenheden (beurten of tekens) dat minstens twee codeurs hebben beoordeeld.',
    'rigour.measure.percentAgreement': 'Het deel van de eenheden waarop de codeurs hetzelfde besloten.',
    'rigour.measure.cohenKappa':
      'Cohens κ: hoeveel beter twee codeurs overeenstemmen dan je door toeval zou verwachten (1 = volledig, 0 = toeval).',
    'rigour.measure.krippendorffAlpha':
      'Krippendorffs α: overeenstemming tussen twee of meer codeurs, gecorrigeerd voor toeval en bestand tegen ontbrekende oordelen (vanaf 0,80 betrouwbaar, vanaf 0,667 voorzichtig bruikbaar).',
    'rigour.measure.brennanPrediger':
      'Brennan–Prediger κ: overeenstemming gecorrigeerd voor toeval alsof elke categorie even waarschijnlijk is; stabiel als een code zelden voorkomt.',
    'rigour.unit.turn': 'Beurten',
    'rigour.unit.char': 'Tekens',
    'rigour.suggestion.none': 'Geen nieuwe vindplaatsen voor deze zoektermen.',
    'rigour.pseudonym.preview': '{{replacements}} in de tekst en {{speakers}}.',
    'rigour.pseudonym.replacements_one': '{{formatted}} vervanging',
    'rigour.pseudonym.replacements_other': '{{formatted}} vervangingen',
    'rigour.pseudonym.speakerNames_one': '{{formatted}} sprekersnaam',
    'rigour.pseudonym.speakerNames_other': '{{formatted}} sprekersnamen',
    'rigour.merge.unmatchedDocument':
      '"{{name}}" kwam in geen enkel document van dit project overeen (de tekst verschilt); de coderingen ervan zijn niet overgenomen.',
    'rigour.merge.summary':
      '{{documents}} herkend, {{codings}} toegevoegd, {{duplicates}} dubbel, {{codes}}.',
    'rigour.merge.documents_one': '{{formatted}} document',
    'rigour.merge.documents_other': '{{formatted}} documenten',
    'rigour.merge.codings_one': '{{formatted}} codering',
    'rigour.merge.codings_other': '{{formatted}} coderingen',
    'rigour.merge.newCodes_one': '{{formatted}} nieuwe code',
    'rigour.merge.newCodes_other': '{{formatted}} nieuwe codes',
  },
  en: {
    'rigour.ratingsEmpty': 'The ratings file is empty. Expected columns: unit;coder;value.',
    'rigour.ratingsBadRow':
      'Row {{row}} of the ratings file has no unit or coder. Expected: unit;coder;value.',
    'rigour.ratingsDuplicate': 'Unit {{unit}} was rated twice by {{coder}}; the last value counts.',
    'rigour.undefined': 'undefined',
    'rigour.undefinedExplained':
      'Undefined: every coder used the same category throughout, so agreement cannot be told apart from chance.',
    'rigour.measure.n': 'The number of units (turns or characters) that at least two coders judged.',
    'rigour.measure.percentAgreement': 'The share of units on which the coders decided the same.',
    'rigour.measure.cohenKappa':
      "Cohen's κ: how much better two coders agree than chance alone would give (1 = complete, 0 = chance).",
    'rigour.measure.krippendorffAlpha':
      "Krippendorff's α: agreement between two or more coders, corrected for chance and robust to missing judgements (0.80 or more is reliable, from 0.667 tentatively usable).",
    'rigour.measure.brennanPrediger':
      'Brennan–Prediger κ: agreement corrected for chance as if every category were equally likely; stable when a code is rare.',
    'rigour.unit.turn': 'Turns',
    'rigour.unit.char': 'Characters',
    'rigour.suggestion.none': 'No new places found for these search terms.',
    'rigour.pseudonym.preview': '{{replacements}} in the text and {{speakers}}.',
    'rigour.pseudonym.replacements_one': '{{formatted}} replacement',
    'rigour.pseudonym.replacements_other': '{{formatted}} replacements',
    'rigour.pseudonym.speakerNames_one': '{{formatted}} speaker name',
    'rigour.pseudonym.speakerNames_other': '{{formatted}} speaker names',
    'rigour.merge.unmatchedDocument':
      '"{{name}}" matched no document of this project (the text differs); its codings were not taken over.',
    'rigour.merge.summary':
      '{{documents}} recognised, {{codings}} added, {{duplicates}} duplicate, {{codes}}.',
    'rigour.merge.documents_one': '{{formatted}} document',
    'rigour.merge.documents_other': '{{formatted}} documents',
    'rigour.merge.codings_one': '{{formatted}} coding',
    'rigour.merge.codings_other': '{{formatted}} codings',
    'rigour.merge.newCodes_one': '{{formatted}} new code',
    'rigour.merge.newCodes_other': '{{formatted}} new codes',
  },
};
