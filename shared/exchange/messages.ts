/** Reasons, warnings and export labels of shared/exchange, in Dutch and English. */
import type { Catalogue } from '../messages.ts';

export const exchangeMessages: Catalogue = {
  nl: {
    'exchange.xml.entities':
      'Dit XML-bestand bevat een DOCTYPE- of ENTITY-declaratie. Die worden uit veiligheid geweigerd (externe entiteiten, entiteit-expansie). Exporteer het bestand opnieuw uit het oorspronkelijke programma.',
    'exchange.xml.malformed': 'Dit is geen geldig XML-bestand: {{detail}}',
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
    'exchange.warning.sourceSkipped':
      'Bron "{{name}}" ({{kind}}) is geen tekst en is niet overgenomen, met haar coderingen.',
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
    'exchange.label.codeCount': '{{count}} codes, {{codings}} coderingen',
    'exchange.label.category': 'Categorie (niet codeerbaar)',
    'exchange.label.examples': 'Voorbeeldcitaten',
    'exchange.label.frequency': 'Frequentie per perspectief',
    'exchange.label.noCodings': 'Nog geen coderingen.',
  },
  en: {
    'exchange.xml.entities':
      'This XML file contains a DOCTYPE or ENTITY declaration. These are refused for safety (external entities, entity expansion). Export the file again from the program that made it.',
    'exchange.xml.malformed': 'This is not a valid XML file: {{detail}}',
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
    'exchange.csv.empty': 'The CSV file holds no codes.',
    'exchange.csv.noNameColumn': 'The CSV file has no "name" or "path" column (or "naam"/"pad").',
    'exchange.warning.duplicateCode': 'Code "{{name}}" appears twice; the second was skipped.',
    'exchange.warning.unknownCode': 'A coding points to an unknown code ({{guid}}) and was skipped.',
    'exchange.warning.badSelection': 'A selection in "{{document}}" has no valid positions and was skipped.',
    'exchange.warning.selectionOutside':
      'A selection in "{{document}}" fell (partly) outside the text and was shortened.',
    'exchange.warning.sourceMissing':
      'The text of source "{{name}}" is missing from the file ({{path}}); the source was skipped.',
    'exchange.warning.sourceSkipped':
      'Source "{{name}}" ({{kind}}) is not text and was not brought in, nor its codings.',
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
    'exchange.label.codeCount': '{{count}} codes, {{codings}} codings',
    'exchange.label.category': 'Category (not codable)',
    'exchange.label.examples': 'Example quotes',
    'exchange.label.frequency': 'Frequency per perspective',
    'exchange.label.noCodings': 'No codings yet.',
  },
};
