import type { TipTexts } from '../language';

/** Nederlands. */
export const nl: TipTexts = {
  posture: {
    title: 'Loop rechtop, schouders laag',
    summary:
      'Een gebogen of gespannen bovenlichaam houdt de spieren tussen je schouderbladen de hele run aan het werk.',
    steps: [
      'Laat ongeveer elke kilometer je schouders zakken, weg van je oren, en ontspan je handen.',
      'Kijk naar de grond 10–20 m voor je, zodat je hoofd boven je wervelkolom blijft en er niet voor hangt.',
      'Leun licht voorover vanuit je enkels, niet vanuit je heupen, en houd je buikspieren licht aangespannen.',
    ],
  },
  'chest-stretch': {
    title: 'Rek je borstspieren',
    summary: 'Stijve borstspieren trekken je schouders naar voren, en dan moet je bovenrug ze op hun plek houden.',
    steps: [
      'Ga in een deuropening staan, onderarmen op schouderhoogte tegen de deurpost, en stap naar voren tot je de rek in je borst voelt: 30 s, twee keer.',
      'Vouw je handen achter je rug en til ze voorzichtig op terwijl je je schouderbladen naar elkaar toe trekt.',
    ],
  },
  'upper-back-strength': {
    title: 'Maak je bovenrug sterker',
    summary:
      'Krachttraining vermindert blessures in veel sporten. Of het pijn in de bovenrug bij hardlopers voorkomt, is in geen enkele studie getest, maar sterkere rugspieren houden je houding misschien langer vast.',
    steps: [
      'Doe twee keer per week 3 sets van 10–12 keer roeien (rows) met een weerstandsband, dumbbell of kabel.',
      'Voeg optrekken (pull-ups) toe; lukt dat nog niet, doe dan ondersteund optrekken of face pulls (een kabel of band naar je gezicht trekken).',
      'Sluit af met 2 sets van 15 keer: trek langzaam een weerstandsband met gestrekte armen voor je borst uit elkaar.',
    ],
  },
  breathing: {
    title: 'Adem vanuit je buik',
    summary: 'Snel, oppervlakkig ademen zet je nek- en bovenrugspieren aan het werk; dieper ademen laat ze rusten.',
    steps: [
      'Laat bij het inademen je buik omhoogkomen, niet je schouders.',
      'Probeer een vast ritme, bijvoorbeeld drie passen in en twee passen uit.',
      'Kruipen je schouders omhoog bij een zware inspanning, adem dan langzaam uit en laat ze zakken.',
    ],
  },
  'carried-weight': {
    title: 'Draag minder mee',
    summary: 'Een rugzak of ander extra gewicht laat je rug en schouders bij elke pas harder werken.',
    steps: [
      'Neem alleen mee wat je nodig hebt; laat zware spullen op je werk of stuur ze vooruit.',
      'Gebruik een hardlooprugzak met beide schouderbanden en de borstband vast, de lading hoog en dicht tegen je rug.',
      'Draag flessen en je telefoon in een hardloopvest of -riem in plaats van in één hand.',
    ],
  },
  hydration: {
    title: 'Drink op je dorst',
    summary:
      'Dorst is bij de meeste runs een goede graadmeter. Onderzoek bij duursporters heeft kramp niet in verband gebracht met een tekort aan water, en veel meer drinken dan je nodig hebt tijdens een lange run kan het natrium in je bloed verdunnen (hyponatriëmie).',
    steps: [
      'Drink zoals je normaal door de dag drinkt; vooraf extra drinken is niet nodig.',
      'Neem bij runs van meer dan een uur, of bij warmte, water mee en drink als je dorst hebt.',
      'Dwing jezelf niet om volgens schema te drinken: weeg je na een lange run meer dan ervoor, dan heb je te veel gedronken.',
      'Hoofdpijn, misselijkheid of verwardheid na veel drinken tijdens een lange run vraagt om medische hulp, niet om meer water.',
    ],
  },
  overuse: {
    title: 'Geef je lichaam tijd om te herstellen',
    summary:
      'Dezelfde beweging, duizenden keren herhaald, telt op; tijdens het herstel past je lichaam zich daaraan aan.',
    steps: [
      'Plan minstens één volledige rustdag per week, meer na een zware week.',
      'Voelt je rug moe, vervang een rustige run dan door wandelen, fietsen in een rechtop zittende houding of de crosstrainer.',
      'Bouw je weekafstand geleidelijk op in plaats van in één sprong.',
    ],
  },
  stress: {
    title: 'Laat de spanning los',
    summary: 'Stress nestelt zich vaak in je schouders en bovenrug en kan daar tijdens een run blijven zitten.',
    steps: [
      'Neem vóór een zware training vijf minuten voor rustig ademen of een korte ontspanningsoefening.',
      'Doe op een rustdag een rustige yoga- of mobiliteitssessie.',
    ],
  },
  footwear: {
    title: 'Controleer je schoenen',
    summary:
      'Versleten of slecht passende schoenen kunnen je manier van bewegen veranderen. Of schoenen invloed hebben op de bovenrug, is niet bekend, en onderzoek naar hardloopblessures wijst comfort aan als de beste leidraad.',
    steps: [
      'Bekijk de tussenzool en de loopzool: diepe plooien of gladgesleten plekken betekenen dat de schoen versleten is.',
      'Veel lopers vervangen hun schoenen ergens tussen 500 en 800 km, al is geen enkele afstand bewezen.',
      'Kies het paar dat het prettigst voelt als je erin loopt, niet op basis van wat het label over ondersteuning zegt.',
    ],
  },
  'see-a-doctor': {
    title: 'Weet wanneer je je moet laten nakijken',
    summary:
      'De meeste pijntjes na een run komen van de spieren, maar sommige rugpijn wijst op iets wat een professional moet bekijken.',
    steps: [
      'Bel meteen een ambulance als rugpijn samengaat met pijn of een beklemd gevoel op de borst, kortademigheid die de inspanning niet verklaart, pijn die uitstraalt naar de arm, kaak of hals, of een plotselinge, scheurende pijn tussen de schouderbladen. In de veiligheidsmelding staan alle waarschuwingssignalen.',
      'Pijn in de bovenrug of op de borst die opkomt bij inspanning en wegzakt in rust: ga vóór je volgende run naar de huisarts, ook als de pijn weer weg is.',
      'Ga snel naar de huisarts of een fysiotherapeut als de pijn hevig is, je ’s nachts wakker maakt, samengaat met tintelingen in één arm, of na twee tot drie weken niet minder wordt.',
    ],
  },
  'invisible-backpack': {
    title: 'De “onzichtbare rugzak”',
    summary:
      'Sommige lopers zien hun zorgen voor zich als een last op hun rug. Er is niets wat dit ondersteunt; zie het hooguit als beeldspraak.',
    steps: [
      'Helpt het beeld je, stel je dan voor dat je de rugzak neerzet voordat je start.',
      'Controleer daarna of je schouders echt gezakt zijn.',
    ],
  },
  moon: {
    title: 'De maan en je spieren',
    summary: 'Volgens een volksgeloof hangen de fasen van de maan samen met spierspanning. Daar is geen bewijs voor.',
    steps: [
      'Ben je nieuwsgierig, noteer dan de maanfase naast hoe je rug voelt na je runs.',
      'Kijk of er na een paar maanden aantekeningen nog een patroon overblijft; reken er niet op.',
    ],
  },
  surface: {
    title: 'Let op de ondergrond',
    summary:
      'Op harde of oneffen grond moet je hele lichaam zich schrap zetten en bijsturen, tot in je schouders aan toe.',
    steps: [
      'Loop waar het kan ook eens op gras, vlakke paden of een atletiekbaan.',
      'Maak op ruwe trails kortere passen en houd je armen los voor je evenwicht.',
    ],
  },
  pace: {
    title: 'Houd de meeste runs rustig',
    summary:
      'Sneller lopen betekent grotere krachten bij elke pas, en bij hoge snelheid is je houding het eerste wat wegzakt.',
    steps: [
      'Loop het grootste deel van je week in een tempo waarin je nog een gesprek kunt voeren.',
      'Stop bij snelle trainingen een interval eerder zodra je schouders gespannen raken of je houding uit elkaar valt.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Warming-up en cooling-down',
    summary:
      'Een paar rustige minuten vooraf helpen je beter te lopen zodra je versnelt. Dat een warming-up of cooling-down rugpijn voorkomt, is niet aangetoond, maar ze kosten weinig.',
    steps: [
      'Begin met 5–10 minuten rustig joggen, dan armcirkels, beenzwaaien en een paar korte versnellingen.',
      'Sluit af met 5 minuten rustig joggen of wandelen voordat je stopt.',
    ],
  },
  genetics: {
    title: 'Ken je eigen lichaam',
    summary:
      'Tweelingstudies wijzen erop dat je aanleg voor rug- en nekpijn deels erfelijk is. Dat kun je niet veranderen, maar je kunt er wel rekening mee houden.',
    steps: [
      'Komt stijfheid in je familie voor of komt ze steeds terug, maak mobiliteitsoefeningen dan een vaste gewoonte, niet een snelle oplossing.',
      'Neem wat meer tijd voor je warming-up dan je trainingsschema aangeeft.',
    ],
  },
  weather: {
    title: 'Kleed je en drink naar het weer',
    summary: 'Bij kou voelen je spieren stijf aan; warmte maakt elke kilometer zwaarder en je verliest meer vocht.',
    steps: [
      'Draag bij kou meerdere laagjes, bedek je nek en warm eerst binnen op.',
      'Loop bij warmte vroeg of laat op de dag, ga langzamer en neem water mee.',
    ],
  },
  'mind-over-matter': {
    title: 'Waar je aandacht naartoe gaat',
    summary:
      'Aandacht en verwachting veranderen hoe pijn voelt. Je positief richten helpt misschien een beetje; een oorzaak neem je er niet mee weg.',
    steps: [
      'Richt op een zwaar stuk je aandacht op je ademhaling of je omgeving in plaats van op de pijn.',
      'Blijft de pijn je aandacht terugtrekken, zie dat dan als informatie, niet als een test van je wilskracht.',
    ],
  },
  stretches: {
    title: 'Drie rekoefeningen voor de bovenrug',
    summary:
      'Rustig bewegen met je bovenrug na een run kan prettig voelen. Dat rekken blessures voorkomt, is niet aangetoond; zie deze oefeningen dus als comfort, niet als bescherming.',
    steps: [
      'Kat-koe: maak op handen en knieën je rug langzaam bol en daarna hol, 8–10 keer.',
      'Kindhouding: ga op je hielen zitten met je armen naar voren gestrekt, 30–60 s.',
      'Rotatie van de borstwervelkolom: lig op je zij met gebogen knieën en draai je bovenste arm open naar de andere kant, 8 keer per kant.',
    ],
  },
  'new-runner': {
    title: 'Net begonnen met hardlopen? Reken op wat spierpijn',
    summary: 'Spieren die nog nooit zo hebben gewerkt, doen een paar dagen pijn terwijl ze zich aanpassen.',
    steps: [
      'Bouw geleidelijk op, in het begin met rustdagen tussen je runs.',
      'Lichte spierpijn die binnen een paar dagen wegtrekt, is normaal; pijn die scherp is of aanhoudt, laat je beter nakijken.',
      'Spierpijn komt na een run; pijn in de bovenrug of op de borst die begint tijdens het lopen en wegzakt als je stopt, is iets anders: ga vóór je volgende run naar de huisarts.',
    ],
  },
};
