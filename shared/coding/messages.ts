import type { Catalogue } from '../messages.ts';

/** Messages of codebook and coding operations, in Dutch and English. */
export const codingMessages: Catalogue = {
  nl: {
    'coding.codeNotFound': 'De code bestaat niet (meer). Vernieuw het codeboek en probeer het opnieuw.',
    'coding.moveIntoItself': '"{{name}}" kan niet onder zichzelf of een van zijn subcodes worden geplaatst.',
    'coding.mergeIntoItself':
      '"{{source}}" kan niet worden samengevoegd met "{{target}}": dat is dezelfde code of een subcode ervan. Kies een andere doelcode.',
    'coding.deleteConfirm':
      '"{{name}}" verwijderen? {{codes}} code(s) en {{codings}} codering(en) gaan mee. Dit kun je ongedaan maken.',
    'coding.mergeDone': '{{moved}} codering(en) verplaatst, {{collapsed}} dubbele samengevoegd.',
    'coding.editCollapsed':
      'Door deze wijziging valt de gecodeerde tekst van {{count}} codering(en) helemaal weg. Verwijderen of ongedaan maken?',
  },
  en: {
    'coding.codeNotFound': 'The code no longer exists. Refresh the codebook and try again.',
    'coding.moveIntoItself': '"{{name}}" cannot be placed under itself or one of its subcodes.',
    'coding.mergeIntoItself':
      '"{{source}}" cannot be merged into "{{target}}": it is the same code or one of its subcodes. Choose another target.',
    'coding.deleteConfirm':
      'Delete "{{name}}"? {{codes}} code(s) and {{codings}} coding(s) go with it. You can undo this.',
    'coding.mergeDone': '{{moved}} coding(s) moved, {{collapsed}} duplicates merged.',
    'coding.editCollapsed':
      'This edit removes all the coded text of {{count}} coding(s). Remove them or undo the edit?',
  },
};
