import type { Catalogue } from '../../../../shared/messages.ts';

/** Messages of the import preview's detection tools: what was guessed, and the user's own label pattern. */
export const importPreviewMessages: Catalogue = {
  nl: {
    'import.guessed': 'Wat er geraden is',
    'import.guessedHint': 'Controleer deze plekken in het bestand voordat je importeert.',
    'import.labelPattern': 'Eigen labelpatroon',
    'import.labelPatternInput': 'Labelpatroon (reguliere expressie)',
    'import.labelPatternHint':
      'Het patroon wordt aan het begin van elke regel gezocht. De spreker is de groep (?<speaker>…), anders de eerste groep tussen haakjes, anders wat het patroon vindt. Voorbeeld: \\[(\\w+)\\] voor “[id1] tekst”.',
    'import.patternLines_one': '{{n}} regel past',
    'import.patternLines_other': '{{n}} regels passen',
    'import.patternLabels_one': '{{n}} verschillend label',
    'import.patternLabels_other': '{{n}} verschillende labels',
    'import.patternCounting': 'Regels tellen…',
    'import.redetect': 'Sprekers opnieuw herkennen',
    'import.patternAutomatic': 'Terug naar automatisch herkennen',
    'import.patternActive': 'Sprekers herkend met jouw patroon {{pattern}}.',
  },
  en: {
    'import.guessed': 'What was guessed',
    'import.guessedHint': 'Check these places in the file before importing.',
    'import.labelPattern': 'Your own label pattern',
    'import.labelPatternInput': 'Label pattern (regular expression)',
    'import.labelPatternHint':
      'The pattern is looked for at the start of each line. The speaker is the group (?<speaker>…), else the first group in parentheses, else what the pattern finds. Example: \\[(\\w+)\\] for “[id1] text”.',
    'import.patternLines_one': '{{n}} line matches',
    'import.patternLines_other': '{{n}} lines match',
    'import.patternLabels_one': '{{n}} distinct label',
    'import.patternLabels_other': '{{n}} distinct labels',
    'import.patternCounting': 'Counting lines…',
    'import.redetect': 'Detect speakers again',
    'import.patternAutomatic': 'Back to automatic detection',
    'import.patternActive': 'Speakers detected with your pattern {{pattern}}.',
  },
};
