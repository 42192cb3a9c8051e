/** Dutch texts of the Normaliseren template (see template.ts for structure, GUIDs and colours). */
import type { TemplateKey, TemplateText } from './template.ts';

export const TEMPLATE_TEXTS_NL: Record<TemplateKey, TemplateText> = {
  visie: {
    name: 'Visie: het goede gesprek',
    description:
      'Categorie voor de vijf kenmerken van het goede gesprek uit de visie op normaliseren: het gesprek tussen jongere, ouders en professional waarin gewone opvoed- en opgroeivragen gewoon mogen zijn en niet onnodig worden doorverwezen, gelabeld of gemedicaliseerd. Codeer op de vijf thema’s, niet op deze categorie.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  partnerschap: {
    name: 'Partnerschap en alliantie',
    description:
      'Jongere, ouders en professional werken als gelijkwaardige partners samen: ze bepalen samen wat er aan de hand is en wat nodig is, de ervaringskennis van jongere en ouders telt even zwaar als de vakkennis van de professional, en er is een werkrelatie van vertrouwen (alliantie).',
    inclusion:
      'Uitspraken over samen beslissen, naast iemand staan in plaats van erboven, aansluiten bij wat ouders en jongeren zelf willen, vertrouwen en de klik tussen professional en gezin, regie bij het gezin, samenwerking tussen professionals met het gezin als partner; ook het ontbreken daarvan (niet gehoord worden, over ons zonder ons).',
    exclusion:
      'Samenwerking tussen organisaties of financiers zonder dat het gezin erin voorkomt (codeer Domeinen of Beleid). Alleen de woordkeus in het gesprek (codeer Taal).',
    example:
      '“Ze vroeg eerst wat wíj dachten dat er aan de hand was, en daar zijn we samen mee verder gegaan.”',
    searchTerms: [
      'samen*',
      'partner*',
      'gelijkwaardig*',
      'vertrouw*',
      'klik',
      'regie',
      'meedenk*',
      'naast*',
      'luister*',
      'gehoord',
      'serieus genomen',
      'alliantie',
    ],
  },
  taal: {
    name: 'Taal',
    description:
      'De woorden waarmee over jongeren, ouders en hun vragen wordt gesproken: gewone, begrijpelijke taal in plaats van vaktaal, en terughoudendheid met labels, diagnoses en probleemtaal die een gewone opvoed- of opgroeivraag tot een stoornis of zorgvraag maken.',
    inclusion:
      'Uitspraken over labels en diagnoses (ADHD, autisme, “een rugzakje”), vaktaal en jargon, benoemen en herformuleren, de invloed van woorden op hoe iemand zichzelf ziet, taal in verslagen, indicaties en verwijzingen, het gesprek in de taal van het gezin.',
    exclusion:
      'Over diagnostiek of behandeling zelf zonder aandacht voor de woorden of het etiket (codeer Formele hulp). Over de houding van de professional in het algemeen (codeer Positieve blik of Partnerschap).',
    example:
      '“Zodra er een label op zat, was hij ineens ‘de jongen met ADHD’ in plaats van gewoon een drukke puber.”',
    searchTerms: [
      'taal',
      'label*',
      'etiket*',
      'diagnose*',
      'stoornis*',
      'woord*',
      'benoem*',
      'vaktaal',
      'jargon',
      'term*',
      'probleem*',
      'rugzak*',
      'noemen',
      'stempel*',
    ],
  },
  bredeBlik: {
    name: 'Brede blik',
    description:
      'Kijken naar de hele jongere in zijn hele omgeving: gezin, school, vrienden, buurt, vrije tijd en wat er in het leven gebeurt, in plaats van één probleem of symptoom los te bekijken. Gedrag wordt begrepen vanuit de context, en oplossingen worden ook buiten de zorg gezocht.',
    inclusion:
      'Uitspraken over de context van gedrag (scheiding, armoede, schoolstress, social media), het hele gezin en het netwerk betrekken, verbinding met school, sport, buurt en familie, levensfasen en gewone ontwikkeling, meerdere leefgebieden tegelijk.',
    exclusion:
      'Alleen het opsommen van instanties of hulpvormen zonder dat het over de blik op de jongere gaat (codeer Domeinen). Sterke kanten zien (codeer Positieve blik).',
    example:
      '“Je moet niet alleen naar dat ene gedrag in de klas kijken, maar naar wat er thuis en met zijn vrienden speelt.”',
    searchTerms: [
      'breed*',
      'brede blik',
      'context*',
      'omgeving*',
      'gezin*',
      'netwerk*',
      'school*',
      'thuis',
      'buurt*',
      'vrienden*',
      'hele kind',
      'leefgebied*',
      'systeem*',
    ],
  },
  positieveBlik: {
    name: 'Positieve blik',
    description:
      'Uitgaan van wat goed gaat en wat een jongere en ouders zelf kunnen: sterke kanten, veerkracht, talenten en eigen oplossingen staan voorop, in plaats van tekorten en risico’s. Opvoeden en opgroeien worden gezien als gewoon, met ups en downs.',
    inclusion:
      'Uitspraken over krachten, talenten, veerkracht, eigen kracht, wat wél lukt, vertrouwen in het kunnen van ouders en jongeren, positieve gezondheid, complimenten, perspectief en hoop; ook kritiek op een tekort- of risicogerichte blik.',
    exclusion:
      'Accepteren dat iets niet perfect hoeft of niet op te lossen is (codeer Acceptatie van imperfectie). Alleen een vriendelijke toon zonder inhoudelijke blik op kracht.',
    example: '“Wat hielp was dat ze zag wat ik als moeder allemaal wél goed deed.”',
    searchTerms: [
      'positie*',
      'kracht*',
      'sterk*',
      'talent*',
      'veerkracht*',
      'eigen kracht',
      'goed gaat',
      'lukt',
      'compliment*',
      'mogelijkhe*',
      'hoop',
      'vertrouwen in',
    ],
  },
  imperfectie: {
    name: 'Acceptatie van imperfectie',
    description:
      'Aanvaarden dat opvoeden, opgroeien en hulp verlenen niet perfect hoeven: zorgen, tegenslag, verschil en onzekerheid horen bij het gewone leven en vragen niet altijd om hulp of een oplossing. Ook professionals mogen twijfelen en fouten maken.',
    inclusion:
      'Uitspraken over “goed genoeg” ouderschap, de druk van perfectie en prestatie (ook via school en social media), normaal mogen zijn, verschillen tussen kinderen aanvaarden, niet alles hoeven oplossen of meten, risico’s durven dragen, twijfel en fouten van professionals; ook wanneer dat niet lukt (angst, handelingsverlegenheid, indekken).',
    exclusion:
      'Sterke kanten benoemen (codeer Positieve blik). Kritiek op labels en diagnoses als woorden (codeer Taal).',
    example:
      '“Het is ook gewoon normaal dat een kind van veertien soms somber is; dat hoef je niet meteen te fiksen.”',
    searchTerms: [
      'perfect*',
      'imperfect*',
      'goed genoeg',
      'normaal',
      'gewoon',
      'hoort erbij',
      'fout*',
      'twijfel*',
      'druk',
      'accept*',
      'aanvaard*',
      'risico*',
      'ups en downs',
    ],
  },
  factoren: {
    name: 'Factoren',
    description:
      'Categorie voor wat normaliseren in de praktijk helpt of hindert. Codeer op de onderliggende codes.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  werkzaam: {
    name: 'Werkzame factoren',
    description:
      'Wat volgens deelnemers helpt om gewone vragen gewoon te houden en onnodige zorg, labels en medicalisering te voorkomen: houdingen, werkwijzen, voorzieningen, afspraken of omstandigheden die werken.',
    inclusion:
      'Concrete voorbeelden van wat werkte of zou werken: een laagdrempelige plek, tijd voor een gesprek, een vaste contactpersoon, een praktijkondersteuner op school, ruimte voor professionals om af te wijken, ervaringsdeskundigheid inzetten.',
    exclusion: 'Algemene wensen zonder aanwijsbaar mechanisme. Wat hindert (codeer Belemmerende factoren).',
    example:
      '“Doordat de jeugdverpleegkundige gewoon op school zat, konden we even binnenlopen zonder dat het meteen een traject werd.”',
  },
  belemmerend: {
    name: 'Belemmerende factoren',
    description:
      'Wat volgens deelnemers normaliseren in de weg staat en leidt tot onnodige zorg, labels of medicalisering: regels, financiering, werkdruk, angst, verwachtingen of gewoonten.',
    inclusion:
      'Een diagnose als voorwaarde voor hulp of extra ondersteuning op school, wachtlijsten, indicatie- en verantwoordingsregels, angst om iets te missen, maatschappelijke druk, versnipperde hulp, geen tijd voor een gesprek.',
    exclusion: 'Wat helpt (codeer Werkzame factoren).',
    example:
      '“Zonder diagnose krijg je op school geen extra begeleiding, dus ga je als ouder toch maar op zoek naar een label.”',
  },
  domeinen: {
    name: 'Domeinen',
    description: 'Categorie voor het domein waar een uitspraak over gaat. Codeer op de onderliggende codes.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  informeleSteun: {
    name: 'Informele steun en pedagogische civil society',
    description:
      'Steun die ouders en jongeren krijgen van en geven aan mensen om hen heen: familie, vrienden, buren, andere ouders, sportclub, kerk of moskee, vrijwilligers en buurtinitiatieven. Het pedagogisch klimaat waarin opvoeden een gedeelde zaak is.',
    inclusion:
      'Uitspraken over een oppas-oma, de trainer die iets opmerkt, ouders die elkaar helpen, het dorp dat meeopvoedt, lotgenotencontact, buurthuizen en vrijwilligerswerk, en over het verdwijnen van dat netwerk.',
    exclusion:
      'Hulp door betaalde professionals, ook als die laagdrempelig is (codeer Formele hulp en ondersteuning).',
    example:
      '“Vroeger vroeg je gewoon aan de buurvrouw hoe zij het deed; nu ga je sneller naar de huisarts.”',
  },
  formeleHulp: {
    name: 'Formele hulp en ondersteuning',
    description:
      'Hulp en ondersteuning door professionals en organisaties: jeugdgezondheidszorg, wijkteam, huisarts, praktijkondersteuner, school als professionele organisatie, jeugdhulp, jeugd-ggz en specialistische zorg.',
    inclusion:
      'Uitspraken over toegang, verwijzing, diagnostiek, behandeling, samenwerking tussen professionals, consultatie, op- en afschalen van hulp, de rol van de school in signaleren en begeleiden.',
    exclusion:
      'Regels, financiering en sturing door gemeente of rijk (codeer Beleid). Hulp uit het eigen netwerk (codeer Informele steun).',
    example:
      '“De huisarts verwees ons direct door naar de ggz, terwijl een paar gesprekken met het wijkteam ook had gekund.”',
  },
  beleid: {
    name: 'Beleid',
    description:
      'Beleid, regels, financiering en sturing van gemeente, rijk, scholen en organisaties die bepalen hoe hulp is georganiseerd en wanneer iemand hulp krijgt.',
    inclusion:
      'Uitspraken over de Jeugdwet, inkoop en bekostiging, indicaties en beschikkingen, passend onderwijs, verantwoording, wachtlijsten als systeemprobleem, visie en ambities van de gemeente, de hervormingsagenda.',
    exclusion: 'Het handelen van één professional in één situatie (codeer Formele hulp en ondersteuning).',
    example: '“Zolang we per traject betaald worden, is er geen prikkel om een vraag gewoon te laten.”',
  },
  informeelFormeel: {
    name: 'Informeel / formeel',
    description:
      'Categorie voor de tegenstelling tussen informele en formele steun. Ook bruikbaar als documentkenmerk voor kruistabellen.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  informeel: {
    name: 'Informeel',
    description:
      'De uitspraak gaat over steun, kennis of oplossingen buiten de professionele hulp: het eigen netwerk, de buurt, lotgenoten, het gewone leven.',
    inclusion:
      'Steun van familie, vrienden, andere ouders, vrijwilligers, verenigingen; eigen oplossingen van gezinnen.',
    exclusion: 'Laagdrempelige maar professionele hulp (codeer Formeel).',
    example: '“Mijn zus heeft een paar weken meegekeken, daarna ging het weer.”',
  },
  formeel: {
    name: 'Formeel',
    description: 'De uitspraak gaat over professionele, georganiseerde hulp, ondersteuning of voorzieningen.',
    inclusion:
      'Hulp door professionals en organisaties, ook laagdrempelig (inloopspreekuur, praktijkondersteuner).',
    exclusion: 'Steun uit het eigen netwerk (codeer Informeel).',
    example: '“Via het wijkteam kregen we een opvoedcoach.”',
  },
  individueelCollectief: {
    name: 'Individueel / collectief',
    description:
      'Categorie voor de tegenstelling tussen een individuele en een collectieve aanpak. Ook bruikbaar als documentkenmerk.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  individueel: {
    name: 'Individueel',
    description: 'De uitspraak gaat over één jongere, één gezin of één hulpverleningstraject.',
    inclusion: 'Individuele begeleiding, behandeling, diagnostiek of gesprekken met één gezin.',
    exclusion: 'Groepsaanbod en voorzieningen voor iedereen (codeer Collectief).',
    example: '“Hij kreeg een eigen begeleider die één keer per week langskwam.”',
  },
  collectief: {
    name: 'Collectief',
    description:
      'De uitspraak gaat over een aanpak voor groepen of voor iedereen: collectieve voorzieningen, groepsaanbod, preventie op school of in de wijk, voorlichting en het veranderen van normen.',
    inclusion:
      'Groepstrainingen, klassenaanpak, ouderavonden, inloop in de wijk, campagnes, een andere norm in de samenleving.',
    exclusion: 'Hulp aan één gezin (codeer Individueel).',
    example: '“In plaats van tien kinderen apart te begeleiden, kan de coach beter de hele klas helpen.”',
  },
  interactie: {
    name: 'Interactie in de groep',
    description:
      'Categorie voor wat er tussen deelnemers van een focusgroep gebeurt. Helpt om te zien waar een opvatting gedeeld wordt of omstreden is. Codeer op de onderliggende codes.',
    inclusion: '',
    exclusion: '',
    example: '',
  },
  instemming: {
    name: 'Instemming',
    description:
      'Een deelnemer stemt in met wat een ander zei, bevestigt het of herkent het uit eigen ervaring.',
    inclusion: '“Ja, precies”, “dat herken ik”, instemmend reageren met een eigen voorbeeld.',
    exclusion: 'Instemming die er meteen iets nieuws aan toevoegt (codeer ook Aanvulling / voortbouwen).',
    example: '“Dat herken ik helemaal, bij ons op school gaat het net zo.”',
  },
  onenigheid: {
    name: 'Onenigheid',
    description: 'Een deelnemer is het (deels) oneens met een ander, nuanceert of spreekt tegen.',
    inclusion:
      '“Ik zie dat anders”, “ja maar”, een tegenvoorbeeld, een vraag die een uitspraak ter discussie stelt.',
    exclusion: 'Vragen om verduidelijking zonder tegenspraak (codeer Vraag aan mededeelnemer).',
    example: '“Daar ben ik het niet mee eens; soms is een diagnose juist een opluchting.”',
  },
  aanvulling: {
    name: 'Aanvulling / voortbouwen',
    description:
      'Een deelnemer bouwt voort op wat een ander zei en voegt een nieuw argument, voorbeeld of idee toe.',
    inclusion:
      '“En daarnaast …”, “wat ik daar nog aan wil toevoegen”, een idee van een ander verder uitwerken.',
    exclusion: 'Alleen bevestigen (codeer Instemming).',
    example: '“En als je dat doet, moet je de ouders er ook meteen bij betrekken.”',
  },
  vraag: {
    name: 'Vraag aan mededeelnemer',
    description: 'Een deelnemer stelt een vraag aan een andere deelnemer (niet aan de gespreksleider).',
    inclusion: 'Vragen om uitleg, ervaring of mening van een mededeelnemer.',
    exclusion:
      'Vragen van de gespreksleider; retorische vragen die een standpunt zijn (codeer Onenigheid of Instemming).',
    example: '“Hoe doen jullie dat dan bij de JGZ, als een ouder zelf om een test vraagt?”',
  },
  humor: {
    name: 'Humor',
    description:
      'Grappen, ironie of gelach in de groep; vaak een teken van herkenning of van spanning rond een onderwerp.',
    inclusion: 'Een grap, ironische opmerking, [gelach] of [lacht] in het transcript.',
    exclusion: 'Een vrolijke toon zonder grap.',
    example: '“Ach, volgens de vragenlijst heeft iedere puber wel iets. [gelach]”',
  },
  stilte: {
    name: 'Stilte / aarzeling',
    description: 'Een stilte, aarzeling of afgebroken zin; kan wijzen op een gevoelig of moeilijk onderwerp.',
    inclusion:
      '[stilte], lange pauzes, “eh …”, zinnen die niet worden afgemaakt, niemand die reageert op een vraag.',
    exclusion: 'Korte, gewone pauzes in het spreken zonder betekenis voor het gesprek.',
    example: '“Ja … eh … dat is eigenlijk best lastig om te zeggen. [stilte]”',
  },
};
