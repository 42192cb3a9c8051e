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
