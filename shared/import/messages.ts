import type { Catalogue } from '../messages.ts';

/** Reasons and warnings of transcript import, in Dutch and English. */
export const importMessages: Catalogue = {
  nl: {
    'import.empty': '{{file}} is leeg. Kies het bestand met de uitgeschreven tekst.',
    'import.binary':
      '{{file}} bevat geen leesbare tekst (het lijkt een binair bestand). Kies een .docx, .odt, .txt, .vtt, .srt, .csv of .pdf met tekst.',
    'import.tooLarge':
      '{{file}} is te groot ({{size}} MB; maximaal {{limit}} MB). Splits het transcript in kleinere bestanden.',
    'import.unsupported':
      '{{file}} heeft een bestandstype dat Koor niet kan lezen. Gebruik .docx, .odt, .txt, .vtt, .srt, .csv, .tsv, .pdf of de .json van Whisper.',
    'import.convertToDocx':
      '{{file}} is een ouder of ander tekstverwerkerbestand (.{{ext}}) dat Koor niet leest. Open het in Word of LibreOffice en sla het op als Word-document (.docx); dat bestand kun je importeren.',
    'import.jsonInvalid':
      '{{file}} is geen geldig JSON-bestand (het is beschadigd of onvolledig). Exporteer het transcript opnieuw, of als .srt, .vtt of .txt.',
    'import.jsonNotWhisper':
      '{{file}} is een JSON-bestand, maar geen transcript van Whisper of WhisperX (een lijst "segments" met tijden en tekst). Exporteer het transcript als .srt, .vtt, .txt of .docx.',
    'import.encoding':
      'De tekencodering van {{file}} kon niet worden bepaald. Sla het bestand op als UTF-8 en probeer het opnieuw.',
    'import.corruptZip':
      '{{file}} is beschadigd of onvolledig (het zip-archief is niet te lezen). Open het in Word of LibreOffice en sla het opnieuw op.',
    'import.corruptDocx':
      '{{file}} is geen leesbaar Word-document (beschadigd of onvolledig). Open het in Word en sla het opnieuw op als .docx.',
    'import.notDocx':
      '{{file}} is geen Word-document: de inhoud is iets anders (bijvoorbeeld een afbeelding of pdf) met de naam .docx. Kies het Word-bestand met het transcript.',
    'import.notOdt':
      '{{file}} is geen OpenDocument-tekstbestand: de inhoud is iets anders met de naam .odt. Kies het bestand met het transcript.',
    'import.docxProtected':
      '{{file}} is met een wachtwoord beveiligd of is een oud Word-bestand (.doc). Verwijder de beveiliging of sla het op als .docx en importeer opnieuw.',
    'import.corruptOdt':
      '{{file}} is geen leesbaar OpenDocument-bestand (beschadigd of onvolledig). Open het in LibreOffice en sla het opnieuw op.',
    'import.zipBomb':
      '{{file}} is geweigerd: het archief pakt uit tot een onwaarschijnlijk grote hoeveelheid gegevens. Controleer de herkomst van het bestand.',
    'import.zipUnsafePath':
      '{{file}} is geweigerd: het archief bevat een onveilig pad ({{entry}}). Controleer de herkomst van het bestand.',
    'import.xmlEntities':
      '{{file}} is geweigerd: het bevat een DOCTYPE- of ENTITY-declaratie (externe entiteiten of entiteit-expansie). Open het in Word of LibreOffice en sla het opnieuw op.',
    'import.pdfPassword':
      '{{file}} is met een wachtwoord beveiligd. Verwijder de beveiliging (of exporteer opnieuw zonder wachtwoord) en importeer opnieuw.',
    'import.pdfNoText':
      '{{file}} bevat geen tekstlaag (alleen afbeeldingen, bijvoorbeeld een scan). Laat er eerst tekstherkenning (OCR) op los of gebruik het originele document.',
    'import.corruptPdf':
      '{{file}} is geen leesbare PDF (beschadigd of onvolledig). Exporteer de PDF opnieuw of gebruik het originele document.',
    'import.csvEmpty': '{{file}} bevat geen rijen met tekst.',
    'import.csvNoText':
      'In {{file}} is geen kolom met tekst gevonden. Kies zelf welke kolom de tekst, de spreker en de tijd bevat.',
    'import.csvBadMapping':
      'De gekozen kolom {{column}} bestaat niet in {{file}} (het bestand heeft {{count}} kolommen).',
    'import.noText': '{{file}} bevat geen tekst om te importeren.',
    'import.warning.noSpeakers':
      'In {{file}} zijn geen sprekers herkend; de tekst wordt geïmporteerd als alinea’s zonder spreker.',
    'import.warning.columnsGuessed':
      'De kolommen van {{file}} zijn geraden (tekst: {{text}}). Controleer of ze kloppen.',
    'import.warning.csvRows_one':
      '{{count}} rij in {{file}} kon niet goed worden gelezen en is overgeslagen of ingekort.',
    'import.warning.csvRows_other':
      '{{count}} rijen in {{file}} konden niet goed worden gelezen en zijn overgeslagen of ingekort.',
    'import.warning.docx': 'Word meldde bij {{file}}: {{detail}}',
    'import.unsure.rare':
      '“{{label}}” is maar {{count}}× als spreker gevonden. Controleer of dit echt een spreker is.',
    'import.unsure.commonWord':
      '“{{label}}” is als spreker herkend, maar is ook een gewoon woord. Controleer of hier echt een beurt begint.',
    'import.unsure.notTaken':
      '“{{label}}:” lijkt een sprekerslabel, maar komt maar één keer voor en is niet als spreker genomen.',
    'import.unsure.title':
      '“{{label}}:” bovenaan is gelezen als titel, niet als spreker; de regel staat vóór de eerste beurt.',
    'import.unsure.captionsWithoutSpeakers':
      'Elke bijdrage begint met een tijd, zoals in het live transcript van Zoom, maar het bestand noemt geen sprekers. De {{count}} bijdragen zijn beurten zonder spreker, met hun tijd vanaf de eerste; kies bij de beurten hieronder wie er spreekt.',
    'import.unsure.header':
      'De {{lines}} regels bovenaan ({{label}}) zijn gelezen als kop van het document, niet als sprekers; ze staan vóór de eerste beurt.',
    'import.unsure.undeclared':
      '“{{label}}” spreekt in de tekst, maar staat niet in de lijst met sprekers bovenaan het bestand.',
    'import.unsure.declaredMissing':
      '“{{label}}” staat in de lijst met sprekers bovenaan het bestand, maar er is geen beurt van gevonden.',
    'import.at.line': 'regel {{line}}',
    'import.at.paragraph': 'alinea {{line}}',
    'import.at.cue': 'ondertitel {{line}}',
    'import.pattern.empty': 'Vul een labelpatroon in.',
    'import.pattern.invalid': 'Dit labelpatroon is geen geldige reguliere expressie: {{detail}}.',
    'import.pattern.matchesEmpty':
      'Dit labelpatroon past ook op niets (een lege regel). Maak het specifieker, bijvoorbeeld een naam of code gevolgd door een dubbele punt.',
  },
  en: {
    'import.empty': '{{file}} is empty. Choose the file that holds the transcribed text.',
    'import.binary':
      '{{file}} holds no readable text (it looks like a binary file). Choose a .docx, .odt, .txt, .vtt, .srt, .csv or .pdf with text.',
    'import.tooLarge':
      '{{file}} is too large ({{size}} MB; at most {{limit}} MB). Split the transcript into smaller files.',
    'import.unsupported':
      '{{file}} has a file type Koor cannot read. Use .docx, .odt, .txt, .vtt, .srt, .csv, .tsv, .pdf or Whisper’s .json.',
    'import.convertToDocx':
      '{{file}} is an older or other word-processor file (.{{ext}}) that Koor does not read. Open it in Word or LibreOffice and save it as a Word document (.docx); that file you can import.',
    'import.jsonInvalid':
      '{{file}} is not valid JSON (it is damaged or incomplete). Export the transcript again, or as .srt, .vtt or .txt.',
    'import.jsonNotWhisper':
      '{{file}} is a JSON file but not a Whisper or WhisperX transcript (a list of "segments" with times and text). Export the transcript as .srt, .vtt, .txt or .docx.',
    'import.encoding':
      'The character encoding of {{file}} could not be determined. Save the file as UTF-8 and try again.',
    'import.corruptZip':
      '{{file}} is damaged or incomplete (its zip archive cannot be read). Open it in Word or LibreOffice and save it again.',
    'import.corruptDocx':
      '{{file}} is not a readable Word document (damaged or incomplete). Open it in Word and save it again as .docx.',
    'import.notDocx':
      '{{file}} is not a Word document: it holds something else (a picture or a PDF, say) named .docx. Choose the Word file with the transcript.',
    'import.notOdt':
      '{{file}} is not an OpenDocument text: it holds something else named .odt. Choose the file with the transcript.',
    'import.docxProtected':
      '{{file}} is password-protected or an old Word file (.doc). Remove the protection or save it as .docx, then import it again.',
    'import.corruptOdt':
      '{{file}} is not a readable OpenDocument file (damaged or incomplete). Open it in LibreOffice and save it again.',
    'import.zipBomb':
      '{{file}} was refused: the archive expands to an implausibly large amount of data. Check where the file came from.',
    'import.zipUnsafePath':
      '{{file}} was refused: the archive contains an unsafe path ({{entry}}). Check where the file came from.',
    'import.xmlEntities':
      '{{file}} was refused: it contains a DOCTYPE or ENTITY declaration (external entities or entity expansion). Open it in Word or LibreOffice and save it again.',
    'import.pdfPassword':
      '{{file}} is password-protected. Remove the protection (or export it again without a password) and import it again.',
    'import.pdfNoText':
      '{{file}} has no text layer (only images, e.g. a scan). Run text recognition (OCR) on it first, or use the original document.',
    'import.corruptPdf':
      '{{file}} is not a readable PDF (damaged or incomplete). Export the PDF again or use the original document.',
    'import.csvEmpty': '{{file}} contains no rows with text.',
    'import.csvNoText':
      'No text column was found in {{file}}. Choose which column holds the text, the speaker and the time.',
    'import.csvBadMapping':
      'The chosen column {{column}} does not exist in {{file}} (the file has {{count}} columns).',
    'import.noText': '{{file}} contains no text to import.',
    'import.warning.noSpeakers':
      'No speakers were recognised in {{file}}; the text is imported as paragraphs without a speaker.',
    'import.warning.columnsGuessed':
      'The columns of {{file}} were guessed (text: {{text}}). Check that they are right.',
    'import.warning.csvRows_one':
      '{{count}} row of {{file}} could not be read properly and was skipped or cut short.',
    'import.warning.csvRows_other':
      '{{count}} rows of {{file}} could not be read properly and were skipped or cut short.',
    'import.warning.docx': 'Word reported for {{file}}: {{detail}}',
    'import.unsure.rare':
      '“{{label}}” was found as a speaker only {{count}}×. Check that this really is a speaker.',
    'import.unsure.commonWord':
      '“{{label}}” was taken as a speaker but is also a common word. Check that a turn really starts here.',
    'import.unsure.notTaken':
      '“{{label}}:” looks like a speaker label but occurs only once and was not taken as a speaker.',
    'import.unsure.title':
      '“{{label}}:” at the top was read as a title, not as a speaker; the line stays before the first turn.',
    'import.unsure.captionsWithoutSpeakers':
      'Every caption starts with a time, as in Zoom’s live transcript, but the file names no speakers. The {{count}} captions are turns without a speaker, timed from the first; choose who speaks in the turns below.',
    'import.unsure.header':
      'The {{lines}} lines at the top ({{label}}) were read as the document’s header, not as speakers; they stay before the first turn.',
    'import.unsure.undeclared':
      '“{{label}}” speaks in the text but is not in the list of speakers at the top of the file.',
    'import.unsure.declaredMissing':
      '“{{label}}” is in the list of speakers at the top of the file, but no turn of theirs was found.',
    'import.at.line': 'line {{line}}',
    'import.at.paragraph': 'paragraph {{line}}',
    'import.at.cue': 'cue {{line}}',
    'import.pattern.empty': 'Enter a label pattern.',
    'import.pattern.invalid': 'This label pattern is not a valid regular expression: {{detail}}.',
    'import.pattern.matchesEmpty':
      'This label pattern also matches nothing at all (an empty line). Make it more specific, e.g. a name or code followed by a colon.',
  },
};
