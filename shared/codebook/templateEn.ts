/** English texts of the Normaliseren template (same codes and GUIDs as the Dutch ones). */
import type { TemplateKey, TemplateText } from './template.ts';

export const TEMPLATE_TEXTS_EN: Record<TemplateKey, TemplateText> = {
  visie: {
    name: 'Vision: the good conversation',
    description:
      'Category for the five features of the good conversation in the vision on normalising: the conversation between young person, parents and professional in which ordinary questions about growing up and parenting may stay ordinary and are not needlessly referred, labelled or medicalised. Code the five themes, not this category.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  partnerschap: {
    name: 'Partnership and alliance',
    description:
      'Young person, parents and professional work together as equal partners: they decide together what is going on and what is needed, the lived experience of young people and parents counts as much as professional knowledge, and there is a working relationship of trust (alliance).',
    inclusion:
      'Statements about deciding together, standing beside rather than above someone, following what parents and young people want, trust and rapport between professional and family, the family in charge, professionals cooperating with the family as a partner; also its absence (not being heard, about us without us).',
    exclusion:
      'Cooperation between organisations or funders without the family in it (code Domains or Policy). Only the choice of words (code Language).',
    example: '“She first asked what we thought was going on, and we took it from there together.”',
    searchTerms: [
      'together',
      'partner*',
      'equal*',
      'trust*',
      'rapport',
      'in charge',
      'listen*',
      'heard',
      'taken seriously',
      'alliance',
      'samen*',
      'vertrouw*',
    ],
  },
  taal: {
    name: 'Language',
    description:
      'The words used to talk about young people, parents and their questions: ordinary, understandable language instead of jargon, and restraint with labels, diagnoses and problem talk that turn an ordinary question into a disorder or a care need.',
    inclusion:
      'Statements about labels and diagnoses (ADHD, autism), jargon, naming and reframing, how words shape the way someone sees themselves, language in reports, referrals and assessments, talking in the family’s own words.',
    exclusion:
      'Diagnosis or treatment as such without attention to the words or the label (code Formal help). The professional’s attitude in general (code Positive outlook or Partnership).',
    example: '“Once he had a label, he was suddenly ‘the boy with ADHD’ instead of just a lively teenager.”',
    searchTerms: [
      'language',
      'label*',
      'diagnos*',
      'disorder*',
      'word*',
      'jargon',
      'term*',
      'problem*',
      'taal',
      'woord*',
      'benoem*',
    ],
  },
  bredeBlik: {
    name: 'Broad view',
    description:
      'Looking at the whole young person in their whole environment: family, school, friends, neighbourhood, leisure and what is happening in their life, instead of one problem or symptom in isolation. Behaviour is understood in context, and solutions are also sought outside care.',
    inclusion:
      'Statements about the context of behaviour (divorce, poverty, school stress, social media), involving the whole family and network, links with school, sport, neighbourhood and relatives, life stages and ordinary development, several areas of life at once.',
    exclusion:
      'Merely listing services without it being about how the young person is seen (code Domains). Seeing strengths (code Positive outlook).',
    example:
      '“You shouldn’t only look at that one behaviour in class, but at what is going on at home and with his friends.”',
    searchTerms: [
      'broad*',
      'context*',
      'environment*',
      'family',
      'network*',
      'school*',
      'home',
      'neighbourhood*',
      'friends',
      'whole child',
    ],
  },
  positieveBlik: {
    name: 'Positive outlook',
    description:
      'Starting from what goes well and what young people and parents can do themselves: strengths, resilience, talents and their own solutions come first, rather than deficits and risks. Growing up and parenting are seen as ordinary, with ups and downs.',
    inclusion:
      'Statements about strengths, talents, resilience, what does work, confidence in the abilities of parents and young people, positive health, compliments, perspective and hope; also criticism of a deficit- or risk-oriented view.',
    exclusion:
      'Accepting that things need not be perfect or cannot be solved (code Accepting imperfection). A friendly tone without a view on strengths.',
    example: '“What helped was that she saw everything I did get right as a mother.”',
    searchTerms: [
      'positive*',
      'strength*',
      'strong*',
      'talent*',
      'resilien*',
      'goes well',
      'compliment*',
      'possib*',
      'hope',
    ],
  },
  imperfectie: {
    name: 'Accepting imperfection',
    description:
      'Accepting that parenting, growing up and helping need not be perfect: worries, setbacks, differences and uncertainty belong to ordinary life and do not always call for help or a solution. Professionals may doubt and make mistakes too.',
    inclusion:
      'Statements about “good enough” parenting, the pressure of perfection and performance (also through school and social media), being allowed to be ordinary, accepting differences between children, not having to fix or measure everything, daring to carry risks, doubts and mistakes of professionals; also when this fails (fear, covering oneself).',
    exclusion:
      'Naming strengths (code Positive outlook). Criticism of labels and diagnoses as words (code Language).',
    example:
      '“It is just normal for a fourteen-year-old to feel low sometimes; you don’t have to fix that straight away.”',
    searchTerms: [
      'perfect*',
      'imperfect*',
      'good enough',
      'normal',
      'ordinary',
      'mistake*',
      'doubt*',
      'pressure',
      'accept*',
      'risk*',
    ],
  },
  factoren: {
    name: 'Factors',
    description: 'Category for what helps or hinders normalising in practice. Code the codes below it.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  werkzaam: {
    name: 'Effective factors',
    description:
      'What participants say helps to keep ordinary questions ordinary and to prevent unnecessary care, labels and medicalisation: attitudes, ways of working, services, agreements or circumstances that work.',
    inclusion:
      'Concrete examples of what worked or would work: an easy-access place, time for a conversation, one contact person, a practice nurse at school, room for professionals to deviate, using lived experience.',
    exclusion: 'General wishes without a recognisable mechanism. What hinders (code Hindering factors).',
    example:
      '“Because the youth nurse was simply at school, we could drop in without it becoming a care trajectory.”',
  },
  belemmerend: {
    name: 'Hindering factors',
    description:
      'What participants say stands in the way of normalising and leads to unnecessary care, labels or medicalisation: rules, funding, workload, fear, expectations or habits.',
    inclusion:
      'A diagnosis as a condition for help or extra support at school, waiting lists, assessment and accountability rules, fear of missing something, social pressure, fragmented help, no time for a conversation.',
    exclusion: 'What helps (code Effective factors).',
    example:
      '“Without a diagnosis there is no extra support at school, so as a parent you go looking for a label anyway.”',
  },
  domeinen: {
    name: 'Domains',
    description: 'Category for the domain a statement is about. Code the codes below it.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  informeleSteun: {
    name: 'Informal support and pedagogical civil society',
    description:
      'Support that parents and young people get from and give to people around them: family, friends, neighbours, other parents, sports club, church or mosque, volunteers and neighbourhood initiatives. The pedagogical climate in which raising children is a shared affair.',
    inclusion:
      'Statements about a grandmother who babysits, the coach who notices something, parents helping each other, the village that helps raise children, peer contact, community centres and volunteering, and about that network disappearing.',
    exclusion: 'Help from paid professionals, even when easy to access (code Formal help and support).',
    example: '“You used to just ask the neighbour how she did it; now you go to the GP sooner.”',
  },
  formeleHulp: {
    name: 'Formal help and support',
    description:
      'Help and support from professionals and organisations: youth health care, neighbourhood team, GP, practice nurse, school as a professional organisation, youth care, youth mental health care and specialist care.',
    inclusion:
      'Statements about access, referral, diagnosis, treatment, cooperation between professionals, consultation, scaling help up or down, the role of school in noticing and supporting.',
    exclusion:
      'Rules, funding and steering by municipality or state (code Policy). Help from one’s own network (code Informal support).',
    example:
      '“The GP referred us straight to mental health care, while a few talks with the neighbourhood team could have done.”',
  },
  beleid: {
    name: 'Policy',
    description:
      'Policy, rules, funding and steering by municipality, state, schools and organisations that decide how help is organised and when someone gets it.',
    inclusion:
      'Statements about the Youth Act, procurement and funding, assessments and decisions, inclusive education, accountability, waiting lists as a system problem, the municipality’s vision and ambitions, the reform agenda.',
    exclusion: 'What one professional does in one situation (code Formal help and support).',
    example: '“As long as we are paid per trajectory, there is no incentive to let a question just be.”',
  },
  informeelFormeel: {
    name: 'Informal / formal',
    description:
      'Category for the contrast between informal and formal support. Also useful as a document attribute for crosstabs.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  informeel: {
    name: 'Informal',
    description:
      'The statement is about support, knowledge or solutions outside professional help: one’s own network, the neighbourhood, peers, ordinary life.',
    inclusion: 'Support from family, friends, other parents, volunteers, clubs; families’ own solutions.',
    exclusion: 'Easy-access but professional help (code Formal).',
    example: '“My sister kept an eye on things for a few weeks, and then it was fine again.”',
  },
  formeel: {
    name: 'Formal',
    description: 'The statement is about professional, organised help, support or services.',
    inclusion:
      'Help from professionals and organisations, including easy-access services (walk-in hours, practice nurse).',
    exclusion: 'Support from one’s own network (code Informal).',
    example: '“Through the neighbourhood team we got a parenting coach.”',
  },
  individueelCollectief: {
    name: 'Individual / collective',
    description:
      'Category for the contrast between an individual and a collective approach. Also useful as a document attribute.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  individueel: {
    name: 'Individual',
    description: 'The statement is about one young person, one family or one care trajectory.',
    inclusion: 'Individual guidance, treatment, diagnosis or conversations with one family.',
    exclusion: 'Group programmes and services for everyone (code Collective).',
    example: '“He got his own support worker who came by once a week.”',
  },
  collectief: {
    name: 'Collective',
    description:
      'The statement is about an approach for groups or for everyone: collective services, group programmes, prevention at school or in the neighbourhood, information and changing norms.',
    inclusion:
      'Group training, whole-class approaches, parent evenings, neighbourhood walk-ins, campaigns, a different norm in society.',
    exclusion: 'Help for one family (code Individual).',
    example: '“Instead of supporting ten children separately, the coach had better help the whole class.”',
  },
  interactie: {
    name: 'Interaction in the group',
    description:
      'Category for what happens between participants of a focus group. Helps to see where a view is shared or contested. Code the codes below it.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  instemming: {
    name: 'Agreement',
    description:
      'A participant agrees with what another said, confirms it or recognises it from their own experience.',
    inclusion: '“Yes, exactly”, “I recognise that”, agreeing with an example of one’s own.',
    exclusion: 'Agreement that adds something new straight away (also code Adding / building on).',
    example: '“I completely recognise that, it’s just the same at our school.”',
  },
  onenigheid: {
    name: 'Disagreement',
    description: 'A participant (partly) disagrees with another, adds nuance or contradicts.',
    inclusion:
      '“I see that differently”, “yes but”, a counter-example, a question that challenges a statement.',
    exclusion: 'Questions for clarification without contradiction (code Question to a fellow participant).',
    example: '“I don’t agree; sometimes a diagnosis is a real relief.”',
  },
  aanvulling: {
    name: 'Adding / building on',
    description: 'A participant builds on what another said and adds a new argument, example or idea.',
    inclusion: '“And besides …”, “what I’d like to add”, developing someone else’s idea further.',
    exclusion: 'Only confirming (code Agreement).',
    example: '“And if you do that, you must involve the parents straight away too.”',
  },
  vraag: {
    name: 'Question to a fellow participant',
    description: 'A participant asks another participant a question (not the moderator).',
    inclusion: 'Questions about a fellow participant’s explanation, experience or opinion.',
    exclusion:
      'Questions from the moderator; rhetorical questions that are a position (code Disagreement or Agreement).',
    example: '“How do you handle that in youth health care, when a parent asks for a test?”',
  },
  humor: {
    name: 'Humour',
    description:
      'Jokes, irony or laughter in the group; often a sign of recognition or of tension around a topic.',
    inclusion: 'A joke, an ironic remark, [laughter] or [laughs] in the transcript.',
    exclusion: 'A cheerful tone without a joke.',
    example: '“Well, according to the questionnaire every teenager has something. [laughter]”',
  },
  stilte: {
    name: 'Silence / hesitation',
    description: 'A silence, hesitation or broken-off sentence; may point to a sensitive or difficult topic.',
    inclusion: '[silence], long pauses, “er …”, unfinished sentences, nobody responding to a question.',
    exclusion: 'Short, ordinary pauses in speech without meaning for the conversation.',
    example: '“Yes … er … that is actually quite hard to say. [silence]”',
  },
};
