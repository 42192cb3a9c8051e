import type { Catalogue } from '../../../shared/messages.ts';

/** Messages of the export screen: codebook and segment exports, project exchange and backups. */
export const exportMessages: Catalogue = {
  nl: {
    'export.title': 'Exporteren en uitwisselen',
    'export.codebookTitle': 'Codeboek',
    'export.codebookBody_one':
      'Het codeboek met {{n}} code: pad, definitie, criteria, voorbeeldcitaten en frequenties per perspectief.',
    'export.codebookBody_other':
      'Het codeboek met {{n}} codes: pad, definitie, criteria, voorbeeldcitaten en frequenties per perspectief.',
    'export.segmentsTitle': 'Gecodeerde fragmenten',
    'export.segmentsBody_one':
      '{{n}} codering met document, spreker, perspectief, codepad, tekst, posities, codeur en memo.',
    'export.segmentsBody_other':
      '{{n}} coderingen met document, spreker, perspectief, codepad, tekst, posities, codeur en memo.',
    'export.projectTitle': 'Hele project (REFI-QDA)',
    'export.projectBody':
      'Een .qdpx-bestand met teksten, sprekers, codes, coderingen, kenmerken en memo’s. NVivo, ATLAS.ti, MAXQDA en QualCoder lezen het; het is ook je back-up.',
    'export.format.qdc': 'REFI-QDA (.qdc)',
    'export.format.docx': 'Word (.docx)',
    'export.format.xlsx': 'Excel (.xlsx)',
    'export.format.csv': 'CSV',
    'export.format.md': 'Markdown (.md)',
    'export.format.qdpx': 'Project exporteren (.qdpx)',
    'export.formatHint.qdc': 'Voor NVivo, ATLAS.ti, MAXQDA, QualCoder',
    'export.formatHint.docx': 'Om te lezen en te delen',
    'export.file.codebook': 'codeboek',
    'export.file.segments': 'fragmenten',
    'export.file.project': 'project',
    'export.file.report': 'rapport',
    'export.synthesisTitle': 'Rapport uit Samenvatten',
    'export.synthesisBody':
      'De samenvattingen per thema en kolom, de synthese per thema, kerncitaten met bron en het codeboek als bijlage — in Word om verder te schrijven, of de samenvattingstabel in Excel of Markdown. In de taal van Koor.',
    'export.reportView':
      'Rijen en kolommen zoals in Samenvatten; een andere keuze hier geldt alleen voor het rapport. Bij kolommen zonder samenvattingen zegt het rapport dat en geeft het de aantallen.',
    'export.noSummaries': 'Er zijn nog geen coderingen om samen te vatten.',
    'export.reportCharts': 'Per thema een grafiek van de coderingen per {{by}} (Word)',
    'export.busy': 'Bezig met {{file}}…',
    'export.saved': '{{file}} opgeslagen',
    'export.failed': 'Exporteren mislukt: {{detail}}',
    'export.reportRecordings_one':
      'Met {{n}} opname, die Koor bij het document bewaart en afspeelt vanaf elke beurt.',
    'export.reportRecordings_other':
      'Met {{n}} opnamen, die Koor bij hun documenten bewaart en afspeelt vanaf elke beurt.',
    'export.includeRecordings_one':
      'Met de opname ({{size}} MB): de transcripten met hun tijden, voor NVivo, ATLAS.ti en MAXQDA',
    'export.includeRecordings_other':
      'Met de {{n}} opnamen ({{size}} MB): de transcripten met hun tijden, voor NVivo, ATLAS.ti en MAXQDA',
    'export.recordingUnreadable':
      'de opname “{{name}}” kan niet gelezen worden ({{reason}}). Koppel haar opnieuw of exporteer zonder opnamen.',
    'export.recordingsNotStored_one':
      'Het project is geïmporteerd, maar {{count}} opname is niet opgeslagen: {{detail}} Koppel haar later aan het document.',
    'export.recordingsNotStored_other':
      'Het project is geïmporteerd, maar {{count}} opnamen zijn niet opgeslagen: {{detail}} Koppel ze later aan hun document.',
    'export.noCodes': 'Er zijn nog geen codes om te exporteren.',
    'export.noCodings': 'Er zijn nog geen coderingen om te exporteren.',
    'export.importTitle': 'Project importeren',
    'export.importBody':
      'Open een .qdpx uit NVivo, ATLAS.ti, MAXQDA, QualCoder of Koor. Het wordt een nieuw project; dit project blijft zoals het is.',
    'export.importButton': 'Project importeren (.qdpx)…',
    'export.importReading': '{{file}} wordt gelezen…',
    'export.importRefused': '{{file}} is niet geïmporteerd. {{reason}}',
    'export.reportTitle': '{{file}} importeren',
    'export.reportSummary': '{{documents}}, {{codes}}, {{codings}}, {{speakers}} en {{memos}} gevonden.',
    'export.reportClean':
      'Koor vond niets dat het niet kon overnemen of zelf moest aanvullen. Wat het andere programma niet in het bestand heeft gezet, kan Koor niet zien.',
    'export.reportLimit':
      'Wat het andere programma niet in het bestand heeft gezet, kan Koor niet zien; deze lijst noemt alleen wat in het bestand stond.',
    'export.detectedTitle': 'Sprekers herkend in de tekst',
    'export.detectedBody':
      'Deze documenten hadden geen sprekers die Koor kan gebruiken. Koor herkende ze aan de namen aan het begin van de beurten, zoals bij het importeren van transcripten. De tekst en de coderingen blijven zoals ze zijn; de namen blijven in de tekst staan.',
    'export.detectedUse': 'Herkende sprekers gebruiken',
    'export.reportIssues_one':
      '{{n}} onderdeel kon niet (helemaal) worden overgenomen of is door Koor aangevuld:',
    'export.reportIssues_other':
      '{{n}} onderdelen konden niet (helemaal) worden overgenomen of zijn door Koor aangevuld:',
    'export.reportName': 'Naam van het nieuwe project',
    'export.reportConfirm': 'Als nieuw project openen',
    'export.imported': 'Project “{{name}}” geïmporteerd',
    'export.opening': 'Geïmporteerd project openen',
    'export.openingStatus': '{{percent}} % opgeslagen',
    'export.reading': 'Projectbestand lezen',
    'export.writing': 'Project exporteren',
    'export.stageStatus': '{{stage}} ({{percent}} %)',
    'export.stage.unzip': 'Uitpakken…',
    'export.stage.parse': 'Projectbeschrijving lezen…',
    'export.stage.sources': 'Bron {{done}} van {{total}}',
    'export.stage.speakers': 'Sprekers herkennen…',
    'export.stage.load': 'Project ophalen…',
    'export.stage.zip': 'Inpakken…',
    'export.readStopped': 'Lezen gestopt: er is niets geïmporteerd.',
    'export.writeStopped': 'Exporteren gestopt: er is geen bestand opgeslagen.',
    'export.importStopped': 'Importeren gestopt: er is geen project aangemaakt.',
    'export.importFailed': 'Het project kon niet worden opgeslagen: {{detail}}. Er is niets bewaard.',
    'export.readFailed': 'Het projectbestand kon niet worden gelezen: {{detail}}. Er is niets geïmporteerd.',
    'export.backupsTitle': 'Back-ups',
    'export.backupsBody':
      'Koor bewaart dit project automatisch als .qdpx in de back-upmap: volgens schema en bij afsluiten. Terugzetten maakt een nieuw project; dit project blijft zoals het is.',
    'export.backupNow': 'Nu een back-up maken',
    'export.backupMade': 'Back-up gemaakt ({{size}})',
    'export.backupFailed': 'De back-up is mislukt: {{detail}}',
    'export.backupsEmpty': 'Er zijn nog geen back-ups van dit project.',
    'export.backupDate': 'Datum',
    'export.backupSize': 'Grootte',
    'export.restore': 'Terugzetten',
    'export.restoreLabel': 'Back-up van {{date}} terugzetten',
    'export.restoredName': '{{name}} (hersteld {{date}})',
    'export.restored': 'Back-up teruggezet als “{{name}}”',
    'export.browserTitle': 'Je werk staat alleen in deze browser',
    'export.browserBody':
      'Je werk staat alleen in deze browser: exporteer regelmatig een .qdpx als back-up. Wie de browsergegevens wist, wist ook dit project.',
    'export.lastExport': 'Laatst geëxporteerd: {{date}}',
    'export.neverExported': 'Dit project is nog nooit geëxporteerd.',
    'export.reminder':
      'Dit project is al meer dan 7 dagen niet als .qdpx geëxporteerd. Maak een back-up, zodat je werk niet verloren gaat.',
    'export.size.kb': '{{n}} kB',
    'export.size.mb': '{{n}} MB',
  },
  en: {
    'export.title': 'Export and exchange',
    'export.codebookTitle': 'Codebook',
    'export.codebookBody_one':
      'The codebook with {{n}} code: path, definition, criteria, example quotes and frequencies per perspective.',
    'export.codebookBody_other':
      'The codebook with {{n}} codes: path, definition, criteria, example quotes and frequencies per perspective.',
    'export.segmentsTitle': 'Coded segments',
    'export.segmentsBody_one':
      '{{n}} coding with document, speaker, perspective, code path, text, positions, coder and memo.',
    'export.segmentsBody_other':
      '{{n}} codings with document, speaker, perspective, code path, text, positions, coder and memo.',
    'export.projectTitle': 'Whole project (REFI-QDA)',
    'export.projectBody':
      'A .qdpx file with texts, speakers, codes, codings, attributes and memos. NVivo, ATLAS.ti, MAXQDA and QualCoder read it; it is also your backup.',
    'export.format.qdc': 'REFI-QDA (.qdc)',
    'export.format.docx': 'Word (.docx)',
    'export.format.xlsx': 'Excel (.xlsx)',
    'export.format.csv': 'CSV',
    'export.format.md': 'Markdown (.md)',
    'export.format.qdpx': 'Export project (.qdpx)',
    'export.formatHint.qdc': 'For NVivo, ATLAS.ti, MAXQDA, QualCoder',
    'export.formatHint.docx': 'To read and share',
    'export.file.codebook': 'codebook',
    'export.file.segments': 'segments',
    'export.file.project': 'project',
    'export.file.report': 'report',
    'export.synthesisTitle': 'Report from Synthesis',
    'export.synthesisBody':
      'The summaries per theme and column, each theme’s synthesis, key quotes with their source and the codebook as an appendix — in Word to go on writing, or the summary table in Excel or Markdown. In Koor’s language.',
    'export.reportView':
      'Rows and columns as in Synthesis; another choice here is for the report only. For columns without summaries the report says so and gives the counts.',
    'export.noSummaries': 'There are no codings to summarise yet.',
    'export.reportCharts': 'A chart per theme of its codings per {{by}} (Word)',
    'export.busy': 'Preparing {{file}}…',
    'export.saved': '{{file}} saved',
    'export.failed': 'Export failed: {{detail}}',
    'export.reportRecordings_one':
      'With {{n}} recording, which Koor keeps with its document and plays from any turn.',
    'export.reportRecordings_other':
      'With {{n}} recordings, which Koor keeps with their documents and plays from any turn.',
    'export.includeRecordings_one':
      'With the recording ({{size}} MB): the transcripts with their times, for NVivo, ATLAS.ti and MAXQDA',
    'export.includeRecordings_other':
      'With the {{n}} recordings ({{size}} MB): the transcripts with their times, for NVivo, ATLAS.ti and MAXQDA',
    'export.recordingUnreadable':
      'the recording “{{name}}” cannot be read ({{reason}}). Link it again or export without recordings.',
    'export.recordingsNotStored_one':
      'The project was imported, but {{count}} recording was not stored: {{detail}} Link it to its document later.',
    'export.recordingsNotStored_other':
      'The project was imported, but {{count}} recordings were not stored: {{detail}} Link them to their documents later.',
    'export.noCodes': 'There are no codes to export yet.',
    'export.noCodings': 'There are no codings to export yet.',
    'export.importTitle': 'Import a project',
    'export.importBody':
      'Open a .qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Koor. It becomes a new project; this project stays as it is.',
    'export.importButton': 'Import project (.qdpx)…',
    'export.importReading': 'Reading {{file}}…',
    'export.importRefused': '{{file}} was not imported. {{reason}}',
    'export.reportTitle': 'Import {{file}}',
    'export.reportSummary': 'Found {{documents}}, {{codes}}, {{codings}}, {{speakers}} and {{memos}}.',
    'export.reportClean':
      'Koor found nothing it could not bring in or had to reconstruct. What the other program did not put into the file, Koor cannot see.',
    'export.reportLimit':
      'What the other program did not put into the file, Koor cannot see; this list names only what was in the file.',
    'export.detectedTitle': 'Speakers recognised in the text',
    'export.detectedBody':
      'These documents had no speakers Koor can use. Koor recognised them by the names at the start of the turns, as when importing transcripts. The text and the codings stay as they are; the names stay in the text.',
    'export.detectedUse': 'Use the recognised speakers',
    'export.reportIssues_one': '{{n}} item could not be (fully) brought in or was reconstructed by Koor:',
    'export.reportIssues_other': '{{n}} items could not be (fully) brought in or were reconstructed by Koor:',
    'export.reportName': 'Name of the new project',
    'export.reportConfirm': 'Open as a new project',
    'export.imported': 'Project “{{name}}” imported',
    'export.opening': 'Opening the imported project',
    'export.openingStatus': '{{percent}}% stored',
    'export.reading': 'Reading the project file',
    'export.writing': 'Exporting the project',
    'export.stageStatus': '{{stage}} ({{percent}}%)',
    'export.stage.unzip': 'Unpacking…',
    'export.stage.parse': 'Reading the project description…',
    'export.stage.sources': 'Source {{done}} of {{total}}',
    'export.stage.speakers': 'Recognising speakers…',
    'export.stage.load': 'Loading the project…',
    'export.stage.zip': 'Packing…',
    'export.readStopped': 'Reading stopped: nothing was imported.',
    'export.writeStopped': 'Export stopped: no file was saved.',
    'export.importStopped': 'Import stopped: no project was created.',
    'export.importFailed': 'The project could not be stored: {{detail}}. Nothing was kept.',
    'export.readFailed': 'The project file could not be read: {{detail}}. Nothing was imported.',
    'export.backupsTitle': 'Backups',
    'export.backupsBody':
      'Koor saves this project automatically as .qdpx in the backups folder: on a schedule and when you quit. Restoring creates a new project; this project stays as it is.',
    'export.backupNow': 'Make a backup now',
    'export.backupMade': 'Backup made ({{size}})',
    'export.backupFailed': 'The backup failed: {{detail}}',
    'export.backupsEmpty': 'There are no backups of this project yet.',
    'export.backupDate': 'Date',
    'export.backupSize': 'Size',
    'export.restore': 'Restore',
    'export.restoreLabel': 'Restore the backup of {{date}}',
    'export.restoredName': '{{name}} (restored {{date}})',
    'export.restored': 'Backup restored as “{{name}}”',
    'export.browserTitle': 'Your work lives only in this browser',
    'export.browserBody':
      'Your work lives only in this browser: export a .qdpx regularly as a backup. Clearing the browser’s data also clears this project.',
    'export.lastExport': 'Last exported: {{date}}',
    'export.neverExported': 'This project has never been exported.',
    'export.reminder':
      'This project has not been exported as .qdpx for more than 7 days. Make a backup so your work is not lost.',
    'export.size.kb': '{{n}} kB',
    'export.size.mb': '{{n}} MB',
  },
};
