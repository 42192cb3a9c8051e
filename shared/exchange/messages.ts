/** Reasons, warnings and export labels of shared/exchange, in Dutch and English. */
import type { Catalogue } from '../messages.ts';

export const exchangeMessages: Catalogue = {
  nl: {
    'exchange.xml.entities':
      'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie. Die worden uit veiligheid geweigerd (externe entiteiten, entiteit-expansie). Exporteer het bestand opnieuw uit het oorspronkelijke programma.',
    'exchange.xml.malformed': 'Dit is geen geldig XML-bestand: {{detail}}',
    'exchange.zip.empty':
      'Dit bestand is leeg (0 bytes). Exporteer het project opnieuw of kies een ander bestand.',
    'exchange.zip.notZip': 'Dit is geen geldig REFI-QDA-projectbestand (.qdpx): het is geen zip-bestand.',
    'exchange.zip.tooManyEntries':
      'Het projectbestand bevat te veel bestanden ({{count}}; hoogstens {{limit}}). Het is niet geopend.',
    'exchange.zip.unsafeName':
      'Het projectbestand bevat een onveilige bestandsnaam ({{name}}) die buiten de map wijst. Het is niet geopend.',
    'exchange.zip.bomb':
      'Het projectbestand lijkt een zip-bom: "{{name}}" pakt verdacht sterk uit. Het is niet geopend.',
    'exchange.zip.tooLarge':
      'Het projectbestand is uitgepakt te groot ({{size}} bytes; hoogstens {{limit}}). Het is niet geopend.',
    'exchange.zip.corrupt': 'Het projectbestand is beschadigd: {{detail}}',
    'exchange.codebook.notCodebook': 'Dit bestand bevat geen REFI-QDA-codeboek (geen <CodeBook>).',
    'exchange.codebook.empty': 'Het codeboek bevat geen codes.',
    'exchange.project.notProject': 'Dit bestand bevat geen REFI-QDA-project (geen <Project>).',
    'exchange.project.noQde': 'In het .qdpx-bestand staat geen project.qde.',
    'exchange.worker.failed':
      'Het bestand kon niet worden gelezen ({{detail}}). Probeer het opnieuw of kies een ander bestand.',
    'exchange.csv.empty': 'Het CSV-bestand bevat geen codes.',
    'exchange.csv.noNameColumn': 'Het CSV-bestand heeft geen kolom "naam" of "pad" (of "name"/"path").',
    'exchange.warning.duplicateCode': 'Code "{{name}}" komt twee keer voor; de tweede is overgeslagen.',
    'exchange.warning.unknownCode':
      'Een codering verwijst naar een onbekende code ({{guid}}) en is overgeslagen.',
    'exchange.warning.badSelection':
      'Een selectie in "{{document}}" heeft geen geldige posities en is overgeslagen.',
    'exchange.warning.selectionOutside':
      'Een selectie in "{{document}}" viel (deels) buiten de tekst en is ingekort.',
    'exchange.warning.sourceMissing':
      'De tekst van bron "{{name}}" ontbreekt in het bestand ({{path}}); de bron is overgeslagen.',
    'exchange.warning.pictureSkipped':
      'Bron "{{name}}" is een afbeelding; Koor leest alleen tekst. De bron en haar coderingen zijn niet overgenomen.',
    'exchange.warning.pdfSkipped':
      'Bron "{{name}}" is een PDF-bron; Koor leest alleen tekst. De bron en haar coderingen zijn niet overgenomen (importeer de PDF zelf als transcript).',
    'exchange.warning.audioSkipped':
      'Geluidsbron "{{name}}" heeft geen transcript; Koor neemt opnamen over met hun transcript. De bron en haar coderingen zijn niet overgenomen.',
    'exchange.warning.videoSkipped':
      'Videobron "{{name}}" heeft geen transcript; Koor neemt opnamen over met hun transcript. De bron en haar coderingen zijn niet overgenomen.',
    'exchange.warning.recordingExternal':
      'De opname "{{name}}" zit niet in het bestand (het verwijst naar {{path}}). Het transcript is overgenomen; koppel de opname daarna zelf aan het document.',
    'exchange.warning.recordingMissing':
      'De opname "{{name}}" ontbreekt in het bestand ({{path}}). Het transcript is overgenomen; koppel de opname daarna zelf aan het document.',
    'exchange.warning.recordingUnplayable':
      'De opname "{{name}}" is {{format}}; dat kan Koor niet afspelen. Het transcript is overgenomen; zet de opname om naar {{convert}} en koppel haar daarna aan het document.',
    'exchange.warning.mediaSelectionsSkipped_one':
      '{{count}} fragment van de opname "{{name}}" (een stuk geluid of beeld, geen tekst) is niet overgenomen; Koor codeert de tekst van het transcript.',
    'exchange.warning.mediaSelectionsSkipped_other':
      '{{count}} fragmenten van de opname "{{name}}" (stukken geluid of beeld, geen tekst) zijn niet overgenomen; Koor codeert de tekst van het transcript.',
    'exchange.warning.setsSkipped': 'Sets ({{count}}) zijn niet overgenomen; Koor kent geen sets.',
    'exchange.warning.linksSkipped':
      'Koppelingen ({{count}}) zijn niet overgenomen; Koor kent geen koppelingen.',
    'exchange.warning.graphsSkipped':
      'Diagrammen ({{count}}) zijn niet overgenomen; Koor kent geen diagrammen.',
    'exchange.warning.speakersDetected':
      '"{{document}}" had geen sprekers die Koor kan gebruiken; Koor heeft ze herkend aan de namen in de tekst (aantal: {{count}}). Controleer ze hieronder. De tekst en de coderingen zijn niet veranderd.',
    'exchange.warning.noSpeakers':
      '"{{document}}" heeft geen sprekers en Koor vond geen namen aan het begin van de beurten; het document komt binnen als tekst zonder sprekers.',
    'exchange.warning.koorTextChanged':
      'De tekst van "{{document}}" is buiten Koor veranderd; de sprekers van Koor passen er niet meer op en zijn opnieuw herkend uit de tekst.',
    'exchange.warning.koorDataUnreadable':
      'Het Koor-deel van dit bestand (koor.json) is onleesbaar; het project is gelezen zoals uit een ander programma.',
    'exchange.warning.noteMissing': 'De tekst van memo "{{name}}" ontbreekt en is overgeslagen.',
    'exchange.warning.caseUnlinked':
      'Case "{{name}}" hoort bij geen tekstbron; haar kenmerken zijn niet overgenomen.',
    'exchange.label.path': 'Pad',
    'exchange.label.name': 'Naam',
    'exchange.label.definition': 'Definitie',
    'exchange.label.inclusion': 'Inclusie',
    'exchange.label.exclusion': 'Exclusie',
    'exchange.label.example': 'Voorbeeld',
    'exchange.label.color': 'Kleur',
    'exchange.label.codable': 'Codeerbaar',
    'exchange.label.searchTerms': 'Zoektermen',
    'exchange.label.codings': 'Coderingen',
    'exchange.label.total': 'Totaal',
    'exchange.label.codingsIn': 'Coderingen: {{perspective}}',
    'exchange.label.noPerspective': '(geen perspectief)',
    'exchange.label.document': 'Document',
    'exchange.label.speaker': 'Spreker',
    'exchange.label.perspective': 'Perspectief',
    'exchange.label.code': 'Code',
    'exchange.label.text': 'Tekst',
    'exchange.label.start': 'Begin',
    'exchange.label.end': 'Einde',
    'exchange.label.coder': 'Codeur',
    'exchange.label.memo': 'Memo',
    'exchange.label.yes': 'ja',
    'exchange.label.no': 'nee',
    'exchange.label.codebook': 'Codeboek',
    'exchange.label.segments': 'Gecodeerde fragmenten',
    'exchange.label.date': 'Datum: {{date}}',
    'exchange.label.codeCount_one': '{{count}} code',
    'exchange.label.codeCount_other': '{{count}} codes',
    'exchange.label.codingCount_one': '{{formatted}} codering',
    'exchange.label.codingCount_other': '{{formatted}} coderingen',
    'exchange.label.category': 'Categorie (niet codeerbaar)',
    'exchange.label.examples': 'Voorbeeldcitaten',
    'exchange.label.codedExamples': 'Voorbeelden uit de coderingen',
    'exchange.label.frequency': 'Frequentie per perspectief',
    'exchange.label.noCodings': 'Nog geen coderingen.',
  },
  en: {
    'exchange.xml.entities':
      'This XML file contains a DOCTYPE or ENTITY declaration. These are refused for safety (external entities, entity expansion). Export the file again from the program that made it.',
    'exchange.xml.malformed': 'This is not a valid XML file: {{detail}}',
    'exchange.zip.empty': 'This file is empty (0 bytes). Export the project again or choose another file.',
    'exchange.zip.notZip': 'This is not a valid REFI-QDA project file (.qdpx): it is not a zip file.',
    'exchange.zip.tooManyEntries':
      'The project file holds too many files ({{count}}; at most {{limit}}). It was not opened.',
    'exchange.zip.unsafeName':
      'The project file holds an unsafe file name ({{name}}) that points outside its folder. It was not opened.',
    'exchange.zip.bomb':
      'The project file looks like a zip bomb: "{{name}}" expands suspiciously far. It was not opened.',
    'exchange.zip.tooLarge':
      'The project file is too large when unpacked ({{size}} bytes; at most {{limit}}). It was not opened.',
    'exchange.zip.corrupt': 'The project file is damaged: {{detail}}',
    'exchange.codebook.notCodebook': 'This file holds no REFI-QDA codebook (no <CodeBook>).',
    'exchange.codebook.empty': 'The codebook holds no codes.',
    'exchange.project.notProject': 'This file holds no REFI-QDA project (no <Project>).',
    'exchange.project.noQde': 'The .qdpx file holds no project.qde.',
    'exchange.worker.failed': 'The file could not be read ({{detail}}). Try again or choose another file.',
    'exchange.csv.empty': 'The CSV file holds no codes.',
    'exchange.csv.noNameColumn': 'The CSV file has no "name" or "path" column (or "naam"/"pad").',
    'exchange.warning.duplicateCode': 'Code "{{name}}" appears twice; the second was skipped.',
    'exchange.warning.unknownCode': 'A coding points to an unknown code ({{guid}}) and was skipped.',
    'exchange.warning.badSelection': 'A selection in "{{document}}" has no valid positions and was skipped.',
    'exchange.warning.selectionOutside':
      'A selection in "{{document}}" fell (partly) outside the text and was shortened.',
    'exchange.warning.sourceMissing':
      'The text of source "{{name}}" is missing from the file ({{path}}); the source was skipped.',
    'exchange.warning.pictureSkipped':
      'Source "{{name}}" is a picture; Koor reads only text. The source and its codings were not brought in.',
    'exchange.warning.pdfSkipped':
      'Source "{{name}}" is a PDF source; Koor reads only text. The source and its codings were not brought in (import the PDF itself as a transcript).',
    'exchange.warning.audioSkipped':
      'Audio source "{{name}}" has no transcript; Koor brings in recordings with their transcript. The source and its codings were not brought in.',
    'exchange.warning.videoSkipped':
      'Video source "{{name}}" has no transcript; Koor brings in recordings with their transcript. The source and its codings were not brought in.',
    'exchange.warning.recordingExternal':
      'The recording "{{name}}" is not inside the file (it points to {{path}}). Its transcript was brought in; link the recording to the document afterwards.',
    'exchange.warning.recordingMissing':
      'The recording "{{name}}" is missing from the file ({{path}}). Its transcript was brought in; link the recording to the document afterwards.',
    'exchange.warning.recordingUnplayable':
      'The recording "{{name}}" is {{format}}, which Koor cannot play. Its transcript was brought in; convert the recording to {{convert}} and link it to the document afterwards.',
    'exchange.warning.mediaSelectionsSkipped_one':
      '{{count}} clip of the recording "{{name}}" (a stretch of sound or picture, not text) was not brought in; Koor codes the transcript\'s text.',
    'exchange.warning.mediaSelectionsSkipped_other':
      '{{count}} clips of the recording "{{name}}" (stretches of sound or picture, not text) were not brought in; Koor codes the transcript\'s text.',
    'exchange.warning.setsSkipped': 'Sets ({{count}}) were not brought in; Koor has no sets.',
    'exchange.warning.linksSkipped': 'Links ({{count}}) were not brought in; Koor has no links.',
    'exchange.warning.graphsSkipped': 'Graphs ({{count}}) were not brought in; Koor has no graphs.',
    'exchange.warning.speakersDetected':
      '"{{document}}" had no speakers Koor can use; Koor recognised them by the names in the text (number: {{count}}). Check them below. The text and the codings are unchanged.',
    'exchange.warning.noSpeakers':
      '"{{document}}" has no speakers and Koor found no names at the start of turns; the document comes in as text without speakers.',
    'exchange.warning.koorTextChanged':
      'The text of "{{document}}" was changed outside Koor; Koor\'s speakers no longer fit it and were recognised again from the text.',
    'exchange.warning.koorDataUnreadable':
      'The Koor part of this file (koor.json) cannot be read; the project was read as if from another program.',
    'exchange.warning.noteMissing': 'The text of memo "{{name}}" is missing; it was skipped.',
    'exchange.warning.caseUnlinked':
      'Case "{{name}}" belongs to no text source; its attributes were not brought in.',
    'exchange.label.path': 'Path',
    'exchange.label.name': 'Name',
    'exchange.label.definition': 'Definition',
    'exchange.label.inclusion': 'Inclusion',
    'exchange.label.exclusion': 'Exclusion',
    'exchange.label.example': 'Example',
    'exchange.label.color': 'Colour',
    'exchange.label.codable': 'Codable',
    'exchange.label.searchTerms': 'Search terms',
    'exchange.label.codings': 'Codings',
    'exchange.label.total': 'Total',
    'exchange.label.codingsIn': 'Codings: {{perspective}}',
    'exchange.label.noPerspective': '(no perspective)',
    'exchange.label.document': 'Document',
    'exchange.label.speaker': 'Speaker',
    'exchange.label.perspective': 'Perspective',
    'exchange.label.code': 'Code',
    'exchange.label.text': 'Text',
    'exchange.label.start': 'Start',
    'exchange.label.end': 'End',
    'exchange.label.coder': 'Coder',
    'exchange.label.memo': 'Memo',
    'exchange.label.yes': 'yes',
    'exchange.label.no': 'no',
    'exchange.label.codebook': 'Codebook',
    'exchange.label.segments': 'Coded segments',
    'exchange.label.date': 'Date: {{date}}',
    'exchange.label.codeCount_one': '{{count}} code',
    'exchange.label.codeCount_other': '{{count}} codes',
    'exchange.label.codingCount_one': '{{formatted}} coding',
    'exchange.label.codingCount_other': '{{formatted}} codings',
    'exchange.label.category': 'Category (not codable)',
    'exchange.label.examples': 'Example quotes',
    'exchange.label.codedExamples': 'Examples from the codings',
    'exchange.label.frequency': 'Frequency per perspective',
    'exchange.label.noCodings': 'No codings yet.',
  },
};
