import type { Catalogue } from '../messages.ts';

/** Messages of the group-dynamics views, with a plain-language explanation of each measure. */
export const dynamicsMessages: Catalogue = {
  nl: {
    'dynamics.measure.turns': 'Hoe vaak iemand het woord nam.',
    'dynamics.measure.words': 'Hoeveel woorden iemand sprak.',
    'dynamics.measure.share': 'Welk deel van alle gesproken woorden in de groep van deze persoon kwam.',
    'dynamics.measure.speakingTime': 'Hoe lang iemand sprak, volgens de tijdcodes van het transcript.',
    'dynamics.measure.moderatorShare':
      'Welk deel van de woorden van de gespreksleider kwam; hoe lager, hoe meer de groep zelf aan het woord was.',
    'dynamics.measure.gini':
      'Gini: hoe ongelijk de deelnemers (zonder gespreksleider) aan het woord kwamen; 0 = iedereen evenveel, dicht bij 1 = één persoon sprak bijna alles.',
    'dynamics.measure.entropy':
      'Spreiding (entropie): hoe gelijk de woorden over de deelnemers verdeeld zijn; 1 = perfect gelijk, 0 = maar één persoon sprak.',
    'dynamics.measure.silent': 'Deelnemers die bij deze vraag niets zeiden.',
    'dynamics.measure.transitions':
      'Wie na wie sprak: een donker vak betekent dat de persoon in de kolom vaak direct na de persoon in de rij sprak.',
    'dynamics.measure.participantToParticipant':
      'Het deel van de beurtwisselingen tussen deelnemers onderling, zonder gespreksleider ertussen: een maat voor echt groepsgesprek.',
    'dynamics.measure.responseOrder': 'Wie als eerste, tweede, … op een vraag reageerde.',
    'dynamics.measure.microInterlocutor':
      'Per vraag en deelnemer: reageerde die, als hoeveelste, met hoeveel woorden, en met welke interactiecodes.',
    'dynamics.measure.consensus':
      'Per thema en groep: wie instemde, wie het oneens was, wie er wel over sprak zonder positie, en wie zweeg.',
    'dynamics.measure.saturation':
      'Verzadiging: hoeveel nieuwe codes elke volgende groep opleverde; vlakt de lijn af, dan komen er geen nieuwe thema’s meer bij.',
    'dynamics.undefined': 'niet te bepalen (niemand sprak)',
    'dynamics.question.default': 'Vraag {{number}}',
    'dynamics.question.none':
      'Geen vragen van de gespreksleider gevonden. Markeer eerst de gespreksleider of voeg zelf een vraag toe.',
    'dynamics.consensus.endorsed': 'Instemming',
    'dynamics.consensus.opposed': 'Onenigheid',
    'dynamics.consensus.spoke': 'Sprak erover',
    'dynamics.consensus.silent': 'Zweeg',
  },
  en: {
    'dynamics.measure.turns': 'How often someone took the floor.',
    'dynamics.measure.words': 'How many words someone spoke.',
    'dynamics.measure.share': "The part of all the group's spoken words that came from this person.",
    'dynamics.measure.speakingTime': "How long someone spoke, from the transcript's time codes.",
    'dynamics.measure.moderatorShare':
      'The part of the words spoken by the moderator; the lower, the more the group itself did the talking.',
    'dynamics.measure.gini':
      'Gini: how unequally the participants (moderator excluded) spoke; 0 = everyone equally, close to 1 = one person said almost everything.',
    'dynamics.measure.entropy':
      'Spread (entropy): how evenly the words are shared among participants; 1 = perfectly even, 0 = only one person spoke.',
    'dynamics.measure.silent': 'Participants who said nothing on this question.',
    'dynamics.measure.transitions':
      'Who spoke after whom: a dark cell means the person in the column often spoke right after the person in the row.',
    'dynamics.measure.participantToParticipant':
      'The share of turn changes between participants themselves, without the moderator in between: a measure of real group talk.',
    'dynamics.measure.responseOrder': 'Who answered a question first, second, and so on.',
    'dynamics.measure.microInterlocutor':
      'Per question and participant: did they respond, in what order, with how many words, and with which interaction codes.',
    'dynamics.measure.consensus':
      'Per theme and group: who agreed, who disagreed, who spoke without taking a side, and who stayed silent.',
    'dynamics.measure.saturation':
      'Saturation: how many new codes each further group added; when the line flattens, no new themes are appearing.',
    'dynamics.undefined': 'undefined (nobody spoke)',
    'dynamics.question.default': 'Question {{number}}',
    'dynamics.question.none':
      'No moderator questions found. Mark the moderator first, or add a question yourself.',
    'dynamics.consensus.endorsed': 'Agreement',
    'dynamics.consensus.opposed': 'Disagreement',
    'dynamics.consensus.spoke': 'Spoke about it',
    'dynamics.consensus.silent': 'Silent',
  },
};
