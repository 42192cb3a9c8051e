import type { Catalogue } from '../../../shared/messages.ts';

/** Messages of the Help screen. */
export const helpMessages: Catalogue = {
  nl: {
    'help.key.selectTurn': 'Enter / Spatie',
    'help.title': 'Help en sneltoetsen',
    'help.button': 'Help en sneltoetsen (F1)',
    'help.intro':
      'Koor volgt het werk van een onderzoeker: importeer transcripten bij Documenten, codeer fragmenten in een document met het codeboek rechts, zoek ze terug bij Fragmenten, vergelijk de perspectieven bij Vergelijken en Groepsdynamiek, controleer de betrouwbaarheid, en exporteer bij Exporteren.',
    'help.keys': 'Toetsen',
    'help.action': 'Wat het doet',
    'help.undo': 'Laatste stap ongedaan maken (coderen, codeboek, importeren …)',
    'help.redo': 'Ongedaan gemaakte stap opnieuw doen',
    'help.turns': 'In een document: naar de vorige of volgende beurt',
    'help.selectTurn': 'De hele beurt selecteren om te coderen',
    'help.pinned': 'De selectie coderen met de code met dat nummer (de eerste negen codes)',
    'help.picker': 'Code kiezen of maken voor de selectie (typen filtert, Enter past toe)',
    'help.inVivo': 'In vivo: de geselecteerde woorden worden een nieuwe code',
    'help.find': 'Zoeken in het document',
    'help.removeCoding': 'De geselecteerde codering verwijderen',
    'help.escape': 'Selectie opheffen of dialoog sluiten',
    'help.moveCode': 'In het codeboek: code verplaatsen of nesten',
    'help.open': 'Deze hulp openen',
  },
  en: {
    'help.key.selectTurn': 'Enter / Space',
    'help.title': 'Help and shortcuts',
    'help.button': 'Help and shortcuts (F1)',
    'help.intro':
      'Koor follows a researcher’s work: import transcripts in Documents, code fragments in a document with the codebook on the right, find them back in Fragments, compare the perspectives in Compare and Group dynamics, check rigour, and export in Export.',
    'help.keys': 'Keys',
    'help.action': 'What it does',
    'help.undo': 'Undo the last step (coding, codebook, import …)',
    'help.redo': 'Redo an undone step',
    'help.turns': 'In a document: to the previous or next turn',
    'help.selectTurn': 'Select the whole turn to code it',
    'help.pinned': 'Code the selection with the code of that number (the first nine codes)',
    'help.picker': 'Choose or create a code for the selection (typing filters, Enter applies)',
    'help.inVivo': 'In vivo: the selected words become a new code',
    'help.find': 'Find in the document',
    'help.removeCoding': 'Remove the selected coding',
    'help.escape': 'Clear the selection or close a dialog',
    'help.moveCode': 'In the codebook: move or nest a code',
    'help.open': 'Open this help',
  },
};
