import type { Catalogue } from '../../../../shared/messages.ts';

/** Messages of recordings: linking, storing, the player and its shortcuts. */
export const recordingUiMessages: Catalogue = {
  nl: {
    'recording.link': 'Opname koppelen…',
    'recording.hasRecording': 'Heeft een opname',
    'recording.linkHint':
      'Koppel de geluids- of video-opname van dit gesprek om vanaf elke beurt te luisteren.',
    'recording.storing': 'Opname opslaan… {{percent}}%',
    'recording.linked': 'Opname “{{name}}” gekoppeld aan “{{document}}”.',
    'recording.unlink': 'Opname ontkoppelen',
    'recording.unlinked': 'Opname ontkoppeld. Het transcript en de coderingen blijven zoals ze zijn.',
    'recording.freed_one':
      'Opslag opgeruimd: 1 opname die geen document meer gebruikt en die niet meer terug te halen is met ongedaan maken, {{size}} vrijgemaakt.',
    'recording.freed_other':
      'Opslag opgeruimd: {{count}} opnamen die geen document meer gebruikt en die niet meer terug te halen zijn met ongedaan maken, {{size}} vrijgemaakt.',
    'recording.deleteWithProject_one':
      'Ook 1 opname ({{size}}) wordt uit de opslag van deze browser verwijderd.',
    'recording.deleteWithProject_other':
      'Ook {{count}} opnamen ({{size}}) worden uit de opslag van deze browser verwijderd.',
    'recording.relink': 'Opnieuw koppelen…',
    'recording.noMatch':
      'Bij “{{name}}” is geen transcript met dezelfde naam geïmporteerd. Open het document en kies Opname koppelen.',
    'recording.quota':
      '“{{name}}” ({{size}}) past niet meer in de opslag van deze browser (nog {{free}} vrij). Maak ruimte of gebruik de desktop-app, die het bestand alleen koppelt.',
    'recording.storeFailed': '“{{name}}” kon niet worden opgeslagen: {{detail}}. Er is niets gewijzigd.',
    'recording.missingStored':
      'De opname “{{name}}” is niet meer in de opslag van deze browser. Koppel het bestand opnieuw; het transcript en de coderingen zijn niet aangeraakt.',
    'recording.missingFile':
      'De opname “{{name}}” staat niet meer op de gekoppelde plek (verplaatst of verwijderd). Kies Opnieuw koppelen en wijs het bestand aan; het transcript en de coderingen zijn niet aangeraakt.',
    'recording.unreadable': '“{{name}}” kon niet worden gelezen als opname ({{detail}}).',
    'recording.shorter':
      'De opname duurt {{duration}}, maar het transcript noemt tijden tot {{latest}}. Is dit de goede opname? Beurten na het einde spelen niet af.',
    'recording.player': 'Opname van dit gesprek',
    'recording.play': 'Afspelen (F4)',
    'recording.pause': 'Pauzeren (F4)',
    'recording.back': '5 seconden terug (F3)',
    'recording.speed': 'Snelheid (F7 langzamer, F9 sneller)',
    'recording.follow': 'Meelezen',
    'recording.followHint': 'De beurt die klinkt blijft in beeld',
    'recording.loop': 'Fragment herhalen (F8)',
    'recording.syncHere': 'Beurt begint nu',
    'recording.syncHint': 'De geselecteerde beurt begint op dit moment van de opname (Ctrl+Shift+Enter)',
    'recording.synced': 'Beurt gekoppeld aan {{time}}.',
    'recording.playFrom': 'Afspelen vanaf {{time}} (F2)',
    'recording.estimated': 'geschat uit de tijden eromheen',
    'recording.playCoding': 'Fragment afspelen',
    'recording.position': 'Positie in de opname',
    'recording.noTime': 'Deze plek heeft nog geen tijd. Zet een synchronisatiepunt met “Beurt begint nu”.',
    'recording.video': 'Video (sleep de hoek om te vergroten)',
    'history.linkRecording': 'opname koppelen',
    'history.unlinkRecording': 'opname ontkoppelen',
    'history.syncPoint': 'synchronisatiepunt',
    'help.recording': 'Met een gekoppelde opname:',
    'help.playPause': 'Afspelen of pauzeren (zoals in f4transkript)',
    'help.playFrom': 'Afspelen vanaf de geselecteerde beurt, of het geselecteerde fragment',
    'help.back': '5 seconden terug',
    'help.speed': 'Langzamer of sneller (0,5× tot 2×)',
    'help.loop': 'Het fragment herhalen aan of uit',
    'help.sync': 'De geselecteerde beurt begint nu (synchronisatiepunt)',
  },
  en: {
    'recording.link': 'Link recording…',
    'recording.hasRecording': 'Has a recording',
    'recording.linkHint': 'Link the audio or video recording of this conversation to listen from any turn.',
    'recording.storing': 'Storing recording… {{percent}}%',
    'recording.linked': 'Recording “{{name}}” linked to “{{document}}”.',
    'recording.unlink': 'Unlink recording',
    'recording.unlinked': 'Recording unlinked. The transcript and its codings are unchanged.',
    'recording.freed_one':
      'Storage tidied up: 1 recording no document uses any more and undo can no longer bring back, {{size}} freed.',
    'recording.freed_other':
      'Storage tidied up: {{count}} recordings no document uses any more and undo can no longer bring back, {{size}} freed.',
    'recording.deleteWithProject_one': '1 recording ({{size}}) is removed from this browser’s storage too.',
    'recording.deleteWithProject_other':
      '{{count}} recordings ({{size}}) are removed from this browser’s storage too.',
    'recording.relink': 'Link again…',
    'recording.noMatch':
      'No transcript with the same name was imported with “{{name}}”. Open the document and choose Link recording.',
    'recording.quota':
      '“{{name}}” ({{size}}) no longer fits in this browser’s storage ({{free}} free). Make room, or use the desktop app, which only links the file.',
    'recording.storeFailed': '“{{name}}” could not be stored: {{detail}}. Nothing was changed.',
    'recording.missingStored':
      'The recording “{{name}}” is no longer in this browser’s storage. Link the file again; the transcript and its codings were not touched.',
    'recording.missingFile':
      'The recording “{{name}}” is no longer where it was linked (moved or deleted). Choose Link again and point to the file; the transcript and its codings were not touched.',
    'recording.unreadable': '“{{name}}” could not be read as a recording ({{detail}}).',
    'recording.shorter':
      'The recording lasts {{duration}}, but the transcript names times up to {{latest}}. Is this the right recording? Turns after its end do not play.',
    'recording.player': 'Recording of this conversation',
    'recording.play': 'Play (F4)',
    'recording.pause': 'Pause (F4)',
    'recording.back': 'Back 5 seconds (F3)',
    'recording.speed': 'Speed (F7 slower, F9 faster)',
    'recording.follow': 'Follow along',
    'recording.followHint': 'Keeps the turn being heard in view',
    'recording.loop': 'Loop fragment (F8)',
    'recording.syncHere': 'Turn starts now',
    'recording.syncHint': 'The selected turn starts at this moment of the recording (Ctrl+Shift+Enter)',
    'recording.synced': 'Turn set to {{time}}.',
    'recording.playFrom': 'Play from {{time}} (F2)',
    'recording.estimated': 'estimated from the times around it',
    'recording.playCoding': 'Play fragment',
    'recording.position': 'Position in the recording',
    'recording.noTime': 'This place has no time yet. Set a sync point with “Turn starts now”.',
    'recording.video': 'Video (drag the corner to resize)',
    'history.linkRecording': 'link recording',
    'history.unlinkRecording': 'unlink recording',
    'history.syncPoint': 'sync point',
    'help.recording': 'With a linked recording:',
    'help.playPause': 'Play or pause (as in f4transkript)',
    'help.playFrom': 'Play from the selected turn, or the selected fragment',
    'help.back': 'Back 5 seconds',
    'help.speed': 'Slower or faster (0.5× to 2×)',
    'help.loop': 'Loop the fragment on or off',
    'help.sync': 'The selected turn starts now (sync point)',
  },
};
