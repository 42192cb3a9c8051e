import type { Catalogue } from '../messages.ts';

/** Messages about recordings that shared/ returns as keys. */
export const recordingMessages: Catalogue = {
  nl: {
    'recording.unplayable':
      'Dit bestand is {{format}}; dat kan Koor niet afspelen. Zet het om naar {{convert}} (bijvoorbeeld met VLC of Audacity) en koppel het opnieuw.',
    'recording.codec':
      'Dit bestand is {{format}}, maar gecodeerd op een manier die Koor niet kan afspelen. Zet het om naar {{convert}} en koppel het opnieuw.',
  },
  en: {
    'recording.unplayable':
      'This file is {{format}}, which Koor cannot play. Convert it to {{convert}} (with VLC or Audacity, for example) and link it again.',
    'recording.codec':
      'This file is {{format}}, but encoded in a way Koor cannot play. Convert it to {{convert}} and link it again.',
  },
};
