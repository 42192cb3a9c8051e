import type { Catalogue } from '../../../shared/messages.ts';

/** Messages of sharing a project with a team server (Samenwerken). */
export const teamMessages: Catalogue = {
  nl: {
    'team.button': 'Samenwerken',
    'team.buttonShared': 'Samenwerken: {{state}}',
    'team.title': 'Samenwerken',
    'team.intro':
      'Deel dit project live met je onderzoeksteam via een Koor-server die jullie organisatie zelf beheert. Zolang je het project niet deelt, maakt Koor geen enkele verbinding.',
    'team.server': 'Serveradres',
    'team.serverHelp':
      'Begint met wss:// (of ws:// op dit netwerk), bijvoorbeeld wss://koor.jouw-organisatie.nl',
    'team.token': 'Uitnodigingscode',
    'team.tokenHelp':
      'De beheerder van de server maakt een code per teamlid met “koor member add”. De code is persoonlijk.',
    'team.connect': 'Verbinden',
    'team.stores':
      'De server bewaart de transcripten, codes, coderingen, memo’s en samenvattingen van dit project; wie de server en haar back-ups beheert, kan ze lezen. De sleutel van de pseudonimisering en opnames blijven op deze computer.',
    'team.input.server':
      'Dit is geen serveradres: het begint met wss:// of ws://, gevolgd door de naam van de server.',
    'team.input.token': 'Dit is geen Koor-uitnodigingscode (die begint met “koor1.”). Kopieer de hele code.',
    'team.refused.token':
      'De server weigert deze uitnodigingscode: onbekend, ingetrokken of voor een ander project. Vraag de beheerder om een nieuwe.',
    'team.refused.version':
      'Deze server werkt met een andere versie van Koor. Werk Koor bij (of vraag de beheerder de server bij te werken); er is niets veranderd.',
    'team.refused.other': 'De server weigert de verbinding.',
    'team.join.notEmpty':
      'Het project op de server bevat al werk, en dit project ook. Open het gedeelde project in een nieuw, leeg project; hier is niets veranderd.',
    'team.join.readerEmpty':
      'Het project op de server is nog leeg, en als lezer kun je het niet vullen. De eigenaar of een codeur deelt het eerst.',
    'team.state.connecting': 'verbinding maken…',
    'team.state.connected': 'verbonden',
    'team.state.offline': 'offline',
    'team.state.refused': 'geweigerd',
    'team.status': 'Verbinding: {{state}}',
    'team.offlineHelp':
      'Je werk wordt op deze computer bewaard en verstuurd zodra de server weer bereikbaar is.',
    'team.unsynced_one': '{{count}} document heeft wijzigingen die nog niet op de server staan.',
    'team.unsynced_other': '{{count}} documenten hebben wijzigingen die nog niet op de server staan.',
    'team.sharedWith': 'Gedeeld via {{server}}',
    'team.members': 'Teamleden',
    'team.you': '(jij)',
    'team.role.owner': 'eigenaar',
    'team.role.coder': 'codeur',
    'team.role.reader': 'lezer',
    'team.readerNote':
      'Als lezer zie je het werk van het team, maar wijzig je niets: geen coderingen, tekst, codes, memo’s of samenvattingen.',
    'team.readOnly':
      'Alleen lezen: je bent lezer in dit gedeelde project. Alleen codeurs en eigenaren kunnen dit wijzigen.',
    'team.leave': 'Verlaten en een lokale kopie houden',
    'team.leaveTitle': 'Gedeeld project verlaten?',
    'team.leaveBody':
      'Koor verbreekt de verbinding. Dit project blijft op deze computer staan zoals het nu is, als eigen kopie; wijzigingen van het team komen er niet meer in. Op de server verandert niets.',
    'team.left': 'Je werkt nu in een lokale kopie; Koor maakt voor dit project geen verbinding meer.',
    'team.problem': 'Samenwerken: {{message}}',
    'team.blind': 'Blind coderen',
    'team.blindHelp':
      'Verbergt de coderingen van anderen in de transcripten tot je ze wilt vergelijken; zo beïnvloeden ze jouw codering niet.',
    'team.blindOn': 'Blind coderen: coderingen van anderen zijn verborgen.',
    'team.compare': 'Vergelijken (toon iedereen)',
  },
  en: {
    'team.button': 'Collaborate',
    'team.buttonShared': 'Collaborate: {{state}}',
    'team.title': 'Collaborate',
    'team.intro':
      'Share this project live with your research team through a Koor server your organisation runs itself. As long as you do not share the project, Koor makes no connection at all.',
    'team.server': 'Server address',
    'team.serverHelp':
      'Starts with wss:// (or ws:// on this network), for example wss://koor.your-organisation.org',
    'team.token': 'Invitation code',
    'team.tokenHelp':
      'The server’s administrator makes a code for each team member with “koor member add”. The code is personal.',
    'team.connect': 'Connect',
    'team.stores':
      'The server keeps this project’s transcripts, codes, codings, memos and summaries; whoever administers the server and its backups can read them. The pseudonymisation key and recordings stay on this computer.',
    'team.input.server':
      'This is not a server address: it starts with wss:// or ws://, followed by the server’s name.',
    'team.input.token': 'This is not a Koor invitation code (it starts with “koor1.”). Copy the whole code.',
    'team.refused.token':
      'The server refuses this invitation code: unknown, revoked or for another project. Ask the administrator for a new one.',
    'team.refused.version':
      'This server works with another version of Koor. Update Koor (or ask the administrator to update the server); nothing has changed.',
    'team.refused.other': 'The server refuses the connection.',
    'team.join.notEmpty':
      'The project on the server already holds work, and so does this project. Open the shared project in a new, empty project; nothing has changed here.',
    'team.join.readerEmpty':
      'The project on the server is still empty, and as a reader you cannot fill it. The owner or a coder shares it first.',
    'team.state.connecting': 'connecting…',
    'team.state.connected': 'connected',
    'team.state.offline': 'offline',
    'team.state.refused': 'refused',
    'team.status': 'Connection: {{state}}',
    'team.offlineHelp':
      'Your work is kept on this computer and sent as soon as the server can be reached again.',
    'team.unsynced_one': '{{count}} document has changes that are not on the server yet.',
    'team.unsynced_other': '{{count}} documents have changes that are not on the server yet.',
    'team.sharedWith': 'Shared through {{server}}',
    'team.members': 'Team members',
    'team.you': '(you)',
    'team.role.owner': 'owner',
    'team.role.coder': 'coder',
    'team.role.reader': 'reader',
    'team.readerNote':
      'As a reader you see the team’s work but change none of it: no codings, text, codes, memos or summaries.',
    'team.readOnly':
      'Read only: you are a reader in this shared project. Only coders and owners can change this.',
    'team.leave': 'Leave and keep a local copy',
    'team.leaveTitle': 'Leave the shared project?',
    'team.leaveBody':
      'Koor disconnects. This project stays on this computer as it is now, as a copy of your own; the team’s changes no longer reach it. Nothing changes on the server.',
    'team.left': 'You now work in a local copy; Koor makes no connection for this project any more.',
    'team.problem': 'Collaborate: {{message}}',
    'team.blind': 'Code blind',
    'team.blindHelp':
      'Hides others’ codings in the transcripts until you choose to compare, so they do not sway your coding.',
    'team.blindOn': 'Coding blind: others’ codings are hidden.',
    'team.compare': 'Compare (show everyone)',
  },
};
