/**
 * Dutch function words left out of word lists: articles, pronouns, prepositions, conjunctions, auxiliary and
 * modal verb forms, common adverbs and the fillers of spoken Dutch ("eh", "nou", "hè"). Content words such as
 * "gesprek", "ouders" or "normaal" are never in it. Compiled for Koor from the usual Snowball and NLTK lists,
 * extended for transcribed speech.
 */
const WORDS = `
aan af al alle alleen alles als altijd ander andere anders ben bent bij binnen boven buiten daar daarna daarom
daarvan dan dat de deze die dit doch doen doet door dus echter een eens eigen en enig enige er erg ergens geen
geweest gij had hadden heb hebben hebt heeft hem hen het hier hij hoe hoewel hun iemand iets ik in is ja je
jij jou jouw jullie kan kon konden kun kunnen kunt maar me meer men met mij mijn moet moeten mocht mogen na
naar naast nee niet niets nog noch nu of om omdat ondanks onder ons onze ook op over reeds rond sinds te tegen
toch toen tot u uit uw van veel voor vooral want waar waarom wanneer waren was wat we wel welk welke werd
werden wie wij wil wilde willen word wordt worden zal zei zelf zich zij zijn zo zoals zodat zonder zou zouden
zullen zult ze zeker zulke zulk waardoor waarin waarop daarin daarop daardoor hierin hierop hiervan ermee erin
erop ervan eraan erover ertoe hoor hè eh ehm uh uhm nou oké ok joh zeg he hé mm mhm hmm hm gewoon eigenlijk
echt heel best beetje even misschien soms vaak nooit steeds weer wellicht natuurlijk inderdaad zegmaar weet
denk vind vindt gaat gaan ging komt komen kwam doe deed gedaan zit zitten staat stond ligt lag laat laten zien
zie ziet geworden ieder iedere iedereen elk elke elkaar niemand niks zelfs alsof indien tenzij totdat terwijl
voordat nadat opdat zowel hetzij ofwel tussen tijdens via per vanaf volgens behalve langs achter voorbij
rondom jegens der des dien den 's m'n z'n d'r zo'n m n t k
`;

/** The Dutch stop words (lowercase). */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * English function words left out of word lists (the usual Snowball / NLTK list, contractions split as Koor
 * tokenises them, and the fillers of spoken English). Content words such as "not"'s neighbour "note" are never in it.
 */
const ENGLISH = `
a about above after again against all also am an and any are aren as at be because been before being below
between both but by can cannot could couldn did didn do does doesn doing don down during each even few for from
further get gets got had hadn has hasn have haven having he her here hers herself him himself his how i if in into
is isn it its itself just know let like ll me more most mustn my myself no nor not now of off on once only or other
our ours ourselves out over own quite re really right same shan she should shouldn so some such than that the
their theirs them themselves then there these they this those through to too under until up us ve very was wasn
we were weren what when where which while who whom why will with won would wouldn yeah yes you your yours
yourself yourselves s t d m o y um uh er erm hmm mm mhm oh okay ok well think mean thing things going go
gonna wanna kind sort lot lots maybe actually basically don't doesn't didn't isn't aren't wasn't weren't can't
couldn't won't wouldn't shouldn't haven't hasn't hadn't it's i'm i've i'd i'll you're you've we're we've they're
they've that's there's what's let's he's she's
`;

/** The English stop words (lowercase). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));
