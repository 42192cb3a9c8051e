import type { Catalogue } from '../messages.ts';

/** Messages of codebook and coding operations, in Dutch and English. */
export const codingMessages: Catalogue = {
  nl: {
    'coding.codeNotFound': 'De code bestaat niet (meer). Vernieuw het codeboek en probeer het opnieuw.',
    'coding.moveIntoItself': '"{{name}}" kan niet onder zichzelf of een van zijn subcodes worden geplaatst.',
    'coding.mergeIntoItself':
      '"{{source}}" kan niet worden samengevoegd met "{{target}}": dat is dezelfde code of een subcode ervan. Kies een andere doelcode.',
    'turns.noTurn': 'Deze beurt bestaat niet (meer). Misschien is ze net samengevoegd; kijk opnieuw.',
    'turns.noSpeaker': 'Deze spreker bestaat niet (meer) in dit document. Kies een andere spreker.',
    'turns.emptyName': 'Geef de nieuwe spreker een naam.',
    'turns.splitEmpty':
      'Hier splitsen laat een lege beurt over. Klik in de tekst vóór het eerste woord van het nieuwe deel.',
    'turns.noPrevious': 'Dit is de eerste beurt: er is geen vorige beurt om mee samen te voegen.',
  },
  en: {
    'coding.codeNotFound': 'The code no longer exists. Refresh the codebook and try again.',
    'coding.moveIntoItself': '"{{name}}" cannot be placed under itself or one of its subcodes.',
    'coding.mergeIntoItself':
      '"{{source}}" cannot be merged into "{{target}}": it is the same code or one of its subcodes. Choose another target.',
    'turns.noTurn': 'This turn no longer exists. It may just have been merged; look again.',
    'turns.noSpeaker': 'This speaker no longer exists in this document. Choose another speaker.',
    'turns.emptyName': 'Give the new speaker a name.',
    'turns.splitEmpty':
      'Splitting here would leave an empty turn. Click in the text just before the first word of the new part.',
    'turns.noPrevious': 'This is the first turn: there is no previous turn to merge it with.',
  },
};
