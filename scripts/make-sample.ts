// Generates the bundled, entirely FICTIONAL sample report `samples/voorbeeldverslag-2025.docx` ("Stichting De
// Overstap", kwaliteitsverslag forensische zorg 2025) and its hand-made gold labels
// `tests/fixtures/sample-gold/voorbeeldverslag-2025.gold.jsonl`.
//
//   npx tsx scripts/make-sample.ts
//
// Every block-producing item below carries a label written by hand (pillar 0-5, themes, basis) following the
// corpus label scheme; the labels were made without looking at the product's mapping rules. After writing the
// .docx the script reads it back with plain `mammoth.convertToHtml`, splits it by the corpus block rule
// (scripts/list-blocks.ts) and writes the gold from *that* text, checking block for block that the split gives
// exactly the items below (an image-only paragraph gives no block). The building, the byte-for-byte determinism
// (fixed core timestamps and zip entry times) and the check live in scripts/docx-fixture.ts, shared with
// scripts/make-heldout.ts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChartPng, G, li, perPillar, S, T, writeFixture, type Item } from './docx-fixture';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCX_OUT = join(root, 'samples/voorbeeldverslag-2025.docx');
const GOLD_OUT = join(root, 'tests/fixtures/sample-gold/voorbeeldverslag-2025.gold.jsonl');
const FIXED_ISO = '2026-03-16T09:00:00Z';
const FIXED_ZIP_TIME = new Date(2026, 2, 16, 9, 0, 0); // local time: DOS zip times are local

// Labels (see docx-fixture.ts): S = the block lies in an explicit pillar section of the report; T = labelled by
// topic (or 0); G = general.

// ---------------------------------------------------------------------------------------------------------
// The report. Fictional: organisation, places (Lindebeek, Marhoven), people and figures are invented.

const planningRows: string[][] = [
  ['Pijler', 'Thema', '2022', '2023', '2024', '2025', '2026', '2027', '2028'],
  ['1', 'Thema 1: Veiligheidsmanagement', '', 'x', 'gereed', '', '', '', ''],
  ['1', 'Thema 2: Herstelgerichte zorg', '', '', '', 'x', 'x', '', ''],
  ['1', 'Thema 3: Risicogestuurde behandeling/begeleiding', '', 'x', 'x', 'gereed', '', '', ''],
  ['1', 'Thema 4: Betrekken cliënt/netwerk', '', '', '', 'x', 'x', '', ''],
  ['2', 'Thema 5: Vakbekwaamheid/bevoegdheid', '', '', '', '', '', 'x', ''],
  ['2', 'Thema 6: Opleidingsplan', '', '', '', '', 'x', 'x', ''],
  ['2', 'Thema 7: Ervaringsdeskundigheid', '', '', '', '', '', 'x', 'x'],
  ['3', 'Thema 8: Kwaliteitsmanagementsysteem', 'x', 'gereed', '', '', '', '', ''],
  ['3', 'Thema 9: Lerende cyclus', '', '', 'x', 'x', '', '', ''],
  ['3', 'Thema 10: Cliëntmetingen', '', '', 'x', 'gereed', '', '', ''],
  ['3', 'Thema 11: Medewerkersmetingen', '', '', '', 'x', 'x', '', ''],
  ['4', 'Thema 12: Samenwerking in de keten', '', 'x', 'x', 'gereed', '', '', ''],
  ['4', 'Thema 13: Deelname regio-overleggen en/of lerende netwerken', '', '', '', 'x', 'x', '', ''],
  ['4', 'Thema 14: Overdracht/stapelzorg', '', '', '', '', 'x', 'x', ''],
];

const REPORT: Item[] = [
  { k: 'title', text: 'Kwaliteitsverslag Forensische Zorg 2025', label: G },
  { k: 'p', text: 'Stichting De Overstap – ambulante forensische begeleiding en begeleid wonen', label: G },
  {
    k: 'p',
    italic: true,
    text: 'Dit is een fictief voorbeeldverslag, gemaakt om de KKFZ-assistent te demonstreren. De organisatie, de plaatsen, de personen en alle cijfers zijn verzonnen.',
    label: G,
  },

  { k: 'h', level: 1, text: 'Voorwoord', label: G },
  {
    k: 'p',
    text: 'Voor u ligt het kwaliteitsverslag forensische zorg over 2025 van Stichting De Overstap. Hiermee leggen wij verantwoording af aan de Dienst Justitiële Inrichtingen (DJI), onze ketenpartners, onze cliënten en onze medewerkers over de kwaliteit van de forensische zorg die wij bieden en over de voortgang met het Kwaliteitskader Forensische Zorg (KKFZ).',
    label: G,
  },
  {
    k: 'p',
    text: '2025 was voor De Overstap een jaar van groei en bezinning. Het aantal forensische cliënten steeg van 52 naar 64 en in september openden wij in Marhoven een tweede woonlocatie met acht plaatsen voor begeleid wonen. Tegelijk zagen we dat de doorstroom naar zelfstandige woonruimte stokt: cliënten blijven gemiddeld langer bij ons wonen dan hun plan voorziet.',
    label: G,
  },
  {
    k: 'p',
    text: 'In dit verslag volgen wij niet de volgorde van het kwaliteitskader, maar de volgorde waarin wij er zelf over nadenken. We beginnen bij de organisatie van zorg (hoofdstuk 1), omdat daar het fundament ligt. Daarna beschrijven we ons veiligheidsmanagement en de persoonsgerichte begeleiding (hoofdstuk 2), de samenwerking in de keten (hoofdstuk 3), het forensisch vakmanschap (hoofdstuk 4) en hoe wij informeren over resultaten (hoofdstuk 5). Hoofdstuk 6 blikt terug op de doelen van 2025 en vooruit naar 2026. De meerjarenplanning staat in de bijlage.',
    label: G,
  },
  {
    k: 'p',
    text: 'Wij danken onze cliënten, hun naasten, onze medewerkers en onze partners voor hun vertrouwen en inzet in het afgelopen jaar.',
    label: G,
  },
  { k: 'p', text: 'Marieke Verhoef, bestuurder – Lindebeek, maart 2026', label: G },

  { k: 'h', level: 1, text: 'Over de organisatie', label: G },
  {
    k: 'p',
    text: 'Stichting De Overstap is een kleine zorgaanbieder in Lindebeek en omgeving. Wij begeleiden volwassenen met een forensische titel, zoals bijzondere voorwaarden bij een (voorwaardelijke) straf of een voorwaardelijke invrijheidstelling, en volwassenen die vanuit de Wmo of de Wlz begeleiding nodig hebben. Op 31 december 2025 werkten er 38 medewerkers (31 fte) bij De Overstap, van wie 24 in de twee forensische teams.',
    label: G,
  },
  { k: 'p', text: 'Ons aanbod bestaat uit:', label: G },
  {
    k: 'ul',
    items: [
      li('Ambulante forensische begeleiding, met', G, [
        li('individuele begeleiding thuis, gemiddeld twee tot vier contacten per week;', G),
        li("de groepstraining 'Grip op je dag' over dagstructuur, werk en geld;", G),
      ]),
      li('Begeleid wonen op twee locaties: Lindebeek (12 plaatsen) en Marhoven (8 plaatsen);', G),
      li('Wmo-begeleiding en dagbesteding voor inwoners van vier gemeenten.', G),
    ],
  },
  { k: 'h', level: 2, text: 'Missie en visie', label: G },
  {
    k: 'p',
    text: 'Onze missie is mensen met een justitieel verleden te helpen een eigen, veilige plek in de samenleving op te bouwen, zodat zij niet opnieuw in de fout gaan.',
    label: G,
  },
  {
    k: 'p',
    text: 'Wij geloven dat herstel en veiligheid samengaan. Wie een dak boven zijn hoofd heeft, een zinvolle dag en mensen om zich heen die hem kennen, heeft minder reden om terug te vallen in oud gedrag. Onze begeleiders zijn dichtbij, duidelijk en eerlijk: zij benoemen wat goed gaat, maar ook wat zorgen baart. We werken vanuit de kracht van de cliënt en houden tegelijk het risico scherp in beeld.',
    label: G,
  },

  // ----- pillar 3 first
  { k: 'h', level: 1, text: '1. Organisatie van zorg', label: S(3) },
  {
    k: 'p',
    text: 'De Overstap is klein, en dat is een kracht: de lijnen zijn kort en problemen komen snel op tafel. Een kleine organisatie vraagt ook om een kwaliteitssysteem dat eenvoudig blijft. In 2025 hebben we daarom vooral geïnvesteerd in het beter gebruiken van wat er al was.',
    label: S(3, 8),
  },
  { k: 'bold', text: 'Kwaliteitsmanagementsysteem', label: S(3, 8) },
  {
    k: 'p',
    text: "De Overstap is sinds 2021 gecertificeerd volgens de HKZ-norm Kleine Organisaties. In mei 2025 vond de hercertificeringsaudit plaats; de auditor stelde geen tekortkomingen vast en noemde ons verbeterregister 'levend en goed bijgehouden'. Het kwaliteitshandboek is in 2025 herschreven: alle procedures voor de forensische zorg staan nu in één hoofdstuk, met per procedure een eigenaar en een evaluatiedatum.",
    label: S(3, 8),
  },
  {
    k: 'p',
    text: 'De Overstap heeft één bestuurder. De raad van toezicht (drie leden) kwam in 2025 vijf keer bijeen en besprak ieder kwartaal een kwaliteitsrapportage met de incidenten, de klachten en de voortgang van de invoering van het kwaliteitskader.',
    label: S(3, 8),
  },
  { k: 'h', level: 2, text: 'Thema 9: Lerende cyclus', label: S(3, 9) },
  {
    k: 'p',
    text: 'Incidenten worden gemeld in het elektronisch cliëntdossier (ECD) en iedere maand besproken in het kwaliteitsoverleg. In 2025 hebben we de meldingen voor het eerst per kwartaal geanalyseerd op patronen: welke locatie, welk moment van de dag, welke aanleiding. Die analyse leidde tot twee verbeteringen: een vaste avonddienst op de woonlocatie Lindebeek en een nieuwe werkinstructie voor huisbezoeken bij cliënten van wie het risico kort daarvoor is opgeschaald.',
    label: S(3, 1, 9),
  },
  {
    k: 'p',
    text: 'Na een ernstig incident krijgt de betrokken medewerker binnen 24 uur een nazorggesprek met de leidinggevende. In 2025 gebeurde dat vier keer.',
    label: S(3, 9),
  },
  {
    k: 'p',
    text: 'In 2025 ontvingen wij drie klachten van cliënten, waarvan één gegrond: over de bereikbaarheid buiten kantoortijden. Naar aanleiding daarvan is de bereikbaarheidsdienst uitgebreid tot 22.00 uur.',
    label: S(3, 9),
  },
  { k: 'h', level: 2, text: 'Thema 10: Cliëntmetingen', label: S(3, 10) },
  {
    k: 'p',
    text: 'In het najaar van 2025 hebben wij voor het eerst een aparte cliëntmeting gehouden onder forensische cliënten, met een korte vragenlijst die samen met de cliëntenraad is opgesteld. 41 van de 64 cliënten deden mee (respons 64%). Zij gaven De Overstap gemiddeld een 8,1 (2024: 7,9). Cliënten waarderen vooral de bereikbaarheid van hun begeleider en de duidelijkheid van afspraken.',
    label: S(3, 10),
  },
  { k: 'image', alt: 'Staafdiagram: gemiddeld rapportcijfer cliëntmeting 2023, 2024 en 2025' },
  {
    k: 'p',
    text: 'Figuur 1. Gemiddeld rapportcijfer in de cliëntmeting: 7,6 (2023), 7,9 (2024) en 8,1 (2025).',
    label: S(3, 10),
  },
  { k: 'p', text: 'Verbeterpunten die cliënten noemden:', label: S(3, 10) },
  {
    k: 'ul',
    items: [
      li('meer hulp bij het vinden van werk of dagbesteding;', S(3, 10)),
      li('minder wisselingen van begeleider in de zomermaanden;', S(3, 10)),
      li('eerder horen wanneer de reclassering iets verandert in de voorwaarden.', S(3, 10)),
    ],
  },
  {
    k: 'p',
    text: 'De uitkomsten zijn besproken met de cliëntenraad en in beide teams. De drie verbeterpunten staan in het verbeterregister, met een eigenaar en een datum.',
    label: S(3, 9, 10),
  },
  { k: 'bold', text: 'Medewerkerstevredenheid', label: S(3, 11) },
  {
    k: 'p',
    text: 'Het medewerkerstevredenheidsonderzoek dat voor 2025 gepland stond, is niet doorgegaan: de leverancier van de vragenlijst stopte ermee en een nieuwe leverancier is pas in het voorjaar van 2026 gecontracteerd. In de tussentijd hebben alle medewerkers een jaargesprek gehad, waarin werkdruk en veiligheid op het werk vaste onderwerpen waren. Het ziekteverzuim was 5,8% (2024: 6,4%).',
    label: S(3, 11),
  },
  { k: 'h', level: 2, text: 'Medezeggenschap', label: S(3) },
  {
    k: 'p',
    text: 'De cliëntenraad (vijf leden, van wie twee met een forensische titel) kwam zes keer bijeen en gaf gevraagd advies over de nieuwe huisregels van de woonlocaties en over de vragenlijst van de cliëntmeting. De ondernemingsraad is in 2025 vervangen door een personeelsvertegenwoordiging van drie medewerkers.',
    label: S(3),
  },

  // ----- pillar 1, under the name of its first theme
  { k: 'h', level: 1, text: '2. Veiligheidsmanagement', label: S(1, 1) },
  {
    k: 'p',
    text: "Veiligheid en persoonsgerichte begeleiding gaan bij ons samen: we kennen de risico's van iedere cliënt en we kennen de mens achter die risico's. Als die twee botsen, weegt veiligheid zwaarder. Dit hoofdstuk beschrijft hoe we dat in 2025 in de praktijk hebben gebracht.",
    label: S(1, 1),
  },
  { k: 'h', level: 2, text: 'Risicotaxatie en begeleidingsplan', label: S(1, 3) },
  {
    k: 'p',
    text: 'Bij iedere nieuwe forensische cliënt nemen we binnen vier weken na de intake de FARE (Forensisch Ambulante Risico Evaluatie) af. Op basis daarvan, de informatie van de reclassering en de wensen van de cliënt stellen we het begeleidingsplan op, dat uiterlijk zes weken na de intake definitief is (KKFZ 3.1.3 b). In 2025 lukte dat bij 34 van de 39 nieuwe trajecten (87%); bij de andere vijf ontbrak nog informatie van de verwijzer.',
    label: S(1, 3),
  },
  { k: 'h', level: 3, text: 'Signaleringsplan en op- en afschalen', label: S(1, 3) },
  {
    k: 'p',
    text: 'Samen met de cliënt maakt de begeleider een signaleringsplan: welke signalen wijzen op toenemende spanning of terugval, en wat doen de cliënt, de begeleider en het netwerk dan? Het plan wordt ieder kwartaal geëvalueerd en na elk incident bijgesteld. Bij verhoogd risico schalen we op: meer contactmomenten, huisbezoeken met twee begeleiders en direct overleg met de reclassering. In 2025 is 14 keer opgeschaald en 22 keer afgeschaald.',
    label: S(1, 3),
  },
  { k: 'h', level: 3, text: 'Rapportage', label: S(1, 3) },
  {
    k: 'p',
    text: 'Begeleiders rapporteren na ieder contact in het ECD op de doelen uit het begeleidingsplan. Sinds juni 2025 eindigt elke rapportage met een korte risico-inschatting (groen, oranje of rood), zodat collega’s in één oogopslag zien hoe het met een cliënt gaat.',
    label: S(1, 3),
  },
  { k: 'bold', text: 'Incidenten', label: S(1, 1) },
  {
    k: 'p',
    text: 'Het aantal gemelde incidenten bleef in 2025 vrijwel gelijk. Opvallend is de stijging van middelengebruik op de woonlocaties; dat was voor ons aanleiding om de huisregels aan te scherpen en, in overleg met de reclassering, vaker urinecontroles af te spreken.',
    label: S(1, 1),
  },
  {
    k: 'table',
    header: true,
    widths: [60, 20, 20],
    rows: [
      ['Soort incident', '2024', '2025'],
      ['Verbale agressie', '14', '11'],
      ['Fysieke agressie', '2', '1'],
      ['Middelengebruik op de woonlocatie', '9', '12'],
      ['Overtreding bijzondere voorwaarden, gemeld aan de reclassering', '6', '8'],
      ['Totaal', '31', '32'],
    ],
    label: S(1, 1),
  },
  { k: 'h', level: 2, text: 'Betrekken van cliënt en netwerk', label: S(1, 4) },
  {
    k: 'p',
    text: 'Wij vragen iedere cliënt bij de intake wie belangrijk voor hem of haar is en of die personen betrokken mogen worden. Bij 38 van de 64 cliënten (59%) was in 2025 ten minste één naaste betrokken bij de evaluatie van het begeleidingsplan. Met toestemming van de cliënt nodigen we naasten uit voor een netwerkgesprek; in 2025 vonden er 29 plaats.',
    label: S(1, 4),
  },
  {
    k: 'p',
    text: 'Naasten kunnen sinds 2025 ook zelf contact opnemen met een vast aanspreekpunt in ieder team.',
    label: S(1, 4),
  },
  { k: 'bold', text: 'Leefklimaat op de woonlocaties', label: S(1, 2) },
  {
    k: 'p',
    text: 'Op beide woonlocaties houden bewoners en begeleiders iedere maand een huiskamerbijeenkomst over de sfeer, de huisregels en gezamenlijke activiteiten. Bewoners koken twee keer per week samen. Wij werken herstelgericht: de bewoner bepaalt zelf zijn doelen op het gebied van wonen, werk, geld en relaties, en de begeleider helpt hem die stap voor stap te halen.',
    label: S(1, 2),
  },

  // ----- pillar 4, as "Samenwerking"
  { k: 'h', level: 1, text: '3. Samenwerking', label: S(4) },
  {
    k: 'p',
    text: 'Forensische zorg doen we nooit alleen. Onze belangrijkste partners zijn de drie reclasseringsorganisaties, de regionale ggz-aanbieder, het Zorg- en Veiligheidshuis, de gemeenten en de woningcorporaties in ons werkgebied. In 2025 hadden wij met 23 organisaties structureel contact.',
    label: S(4, 12),
  },
  {
    k: 'table',
    header: true,
    widths: [28, 72],
    rows: [
      ['Thema 12: Samenwerking in de keten', 'Gereed'],
      [
        'Wat vraagt het kader?',
        'Samenwerking met partners binnen en buiten de forensische keten, zodat zorg en toezicht op elkaar aansluiten en de cliënt doorstroomt naar de juiste plek (KKFZ 6.1.1).',
      ],
      [
        'Hoe doen wij dat?',
        'Iedere forensische cliënt heeft een vaste driehoek van cliënt, begeleider en reclasseringswerker, die ten minste eens per acht weken samen evalueert. Met de regionale ggz-aanbieder is een samenwerkingsafspraak gemaakt over snelle consultatie bij een psychiatrische crisis.',
      ],
      [
        'Resultaat 2025',
        'Bij 92% van de cliënten vond de driehoeksevaluatie op tijd plaats. De samenwerkingsafspraak met de ggz is in april 2025 ondertekend.',
      ],
      [
        'Verbeterpunt',
        'Afspraken met woningcorporaties over voorrang bij uitstroom naar zelfstandige woonruimte zijn nog niet rond; dat is een doel voor 2026.',
      ],
    ],
    label: S(4, 12),
  },
  { k: 'h', level: 2, text: 'Regio-overleg en lerend netwerk', label: S(4, 13) },
  {
    k: 'p',
    text: 'De Overstap neemt deel aan het regio-overleg forensische zorg van de aanbieders in onze regio (vier keer per jaar) en sinds maart 2025 aan een lerend netwerk van vijf kleine forensische aanbieders. In dat lerend netwerk bespreken we ieder kwartaal een casus en bezoeken we elkaars locaties. In 2025 ging het onder meer over het betrekken van naasten en over het werken met de FARE.',
    label: S(4, 13),
  },
  { k: 'bold', text: 'Overdracht en stapelzorg', label: S(4, 14) },
  {
    k: 'p',
    text: 'Wanneer een cliënt van of naar een andere aanbieder gaat, of wanneer meerdere aanbieders tegelijk zorg leveren, zorgen we voor een warme overdracht: een gezamenlijk gesprek met de cliënt, een schriftelijke overdracht van het begeleidings- en signaleringsplan en een afspraak over wie de regie heeft. Bij stapelzorg maken we met de andere aanbieders één gezamenlijk signaleringsplan.',
    label: S(4, 14),
  },
  {
    k: 'p',
    text: 'Van de 27 cliënten van wie de forensische titel in 2025 afliep, kregen er 21 aansluitend vervolgzorg vanuit de Wmo of de ggz.',
    label: S(4, 14),
  },
  { k: 'bold', text: 'In de buurt', label: S(4) },
  {
    k: 'p',
    text: 'Voor de opening van de woonlocatie in Marhoven hielden we twee informatieavonden voor omwonenden. Er is een vaste buurtcontactpersoon en een telefoonnummer dat dag en nacht bereikbaar is. In 2025 kwamen er twee meldingen uit de buurt binnen; beide zijn binnen een week met de melders besproken.',
    label: S(4),
  },

  // ----- pillar 2: present but thin on purpose
  { k: 'h', level: 1, text: '4. Forensisch vakmanschap', label: S(2) },
  {
    k: 'p',
    text: 'Alle begeleiders in de forensische teams hebben een afgeronde mbo-4- of hbo-opleiding in zorg en welzijn. Nieuwe medewerkers volgden in 2025 de e-learning forensische basiskennis. Een opleidingsplan per medewerker (KKFZ 4.1.6 b) is nog niet opgesteld.',
    label: S(2, 5, 6),
  },

  // ----- pillar 5
  { k: 'h', level: 1, text: '5. Informeren over resultaten', label: S(5) },
  {
    k: 'p',
    text: 'Dit kwaliteitsverslag wordt na vaststelling door de raad van toezicht gepubliceerd op onze website en besproken met de cliëntenraad en de personeelsvertegenwoordiging. Hieronder staan de kengetallen over 2025.',
    label: S(5),
  },
  { k: 'h', level: 2, text: 'Omvang van de forensische zorg', label: S(5) },
  {
    k: 'p',
    text: 'Op 31 december 2025 begeleidde De Overstap 212 cliënten, van wie 64 met een forensische titel (30%). Eind 2024 waren dat 52 van de 190 cliënten (27%). In 2025 stroomden 39 forensische cliënten in en 27 uit.',
    label: S(5),
  },
  {
    k: 'table',
    header: true,
    widths: [52, 24, 24],
    rows: [
      ['Zorgsoort', 'Aantal cliënten', 'Percentage'],
      ['Forensische zorg ambulant', '41', '19%'],
      ['Forensische zorg begeleid wonen', '23', '11%'],
      ['Wmo-begeleiding en dagbesteding', '118', '56%'],
      ['Wlz', '30', '14%'],
      ['Totaal', '212', '100%'],
    ],
    label: S(5),
  },
  { k: 'bold', text: 'Financieel percentage', label: S(5) },
  {
    k: 'p',
    text: 'De totale opbrengst uit zorg was in 2025 € 6.480.000. Het aandeel van de forensische zorg daarin was 37% (2024: 33%).',
    label: S(5),
  },
  {
    k: 'table',
    header: true,
    widths: [52, 24, 24],
    rows: [
      ['Financiering', 'Opbrengst 2025', 'Aandeel'],
      ['Forensische zorg (DJI)', '€ 2.397.600', '37%'],
      ['Wmo', '€ 3.110.400', '48%'],
      ['Wlz', '€ 972.000', '15%'],
    ],
    label: S(5),
  },
  { k: 'h', level: 2, text: 'Prestatie-indicatoren', label: S(5) },
  {
    k: 'p',
    text: 'Omdat in 2024 meer dan 15 forensische cliënten bij ons instroomden, leveren wij over 2025 de forensische prestatie-indicatoren aan DJI. Voor de indicator continuïteit van zorg geldt: van de 27 cliënten van wie de titel afliep, hadden er 21 (78%) aansluitend vervolgzorg (2024: 70%).',
    label: S(5, 14),
  },

  // ----- looking back and ahead
  { k: 'h', level: 1, text: '6. Terugblik en vooruitblik', label: G },
  { k: 'h', level: 2, text: 'Terugblik op de doelen van 2025', label: G },
  {
    k: 'p',
    text: 'In het kwaliteitsverslag over 2024 stelden wij vijf doelen voor 2025. Zo staan we ervoor:',
    label: G,
  },
  {
    k: 'ol',
    items: [
      li(
        'HKZ-certificaat behouden – behaald: de hercertificeringsaudit in mei leverde geen tekortkomingen op.',
        T(3, 8),
      ),
      li(
        'Definitief begeleidingsplan binnen zes weken na intake bij 90% van de nieuwe trajecten – bijna behaald: 87%.',
        T(1, 3),
      ),
      li('Aansluiten bij een lerend netwerk van forensische aanbieders – behaald, sinds maart 2025.', T(4, 13)),
      li('Een eerste cliëntmeting speciaal voor forensische cliënten – behaald, met een respons van 64%.', T(3, 10)),
      li('Een medewerkerstevredenheidsonderzoek uitvoeren – niet behaald, uitgesteld naar 2026.', T(3, 11)),
    ],
  },
  { k: 'h', level: 2, text: 'Vooruitblik 2026', label: G },
  { k: 'p', text: 'Voor 2026 hebben wij per pijler de volgende doelen gesteld.', label: G },
  { k: 'bold', text: 'Organisatie van zorg', label: S(3) },
  {
    k: 'ul',
    items: [
      li(
        'Het medewerkerstevredenheidsonderzoek uitvoeren en de uitkomsten vóór de zomer met de teams bespreken.',
        S(3, 11),
      ),
      li('De kwartaalanalyse van incidenten uitbreiden met de meldingen uit de Wmo-teams.', S(3, 9)),
    ],
  },
  { k: 'bold', text: 'Veiligheid en persoonsgerichte zorg', label: S(1) },
  {
    k: 'ul',
    items: [
      li('Het begeleidingsplan binnen zes weken definitief bij ten minste 90% van de nieuwe trajecten.', S(1, 3)),
      li('Eén familieavond per woonlocatie per jaar.', S(1, 4)),
    ],
  },
  { k: 'bold', text: 'Samenwerking', label: S(4) },
  {
    k: 'ul',
    items: [
      li('Afspraken met twee woningcorporaties over uitstroom naar zelfstandige woonruimte.', S(4, 12)),
      li('Zelf een bijeenkomst van het lerend netwerk organiseren.', S(4, 13)),
    ],
  },
  { k: 'bold', text: 'Forensisch vakmanschap', label: S(2) },
  { k: 'ul', items: [li('Voor iedere medewerker een opleidingsplan opstellen.', S(2, 6))] },
  { k: 'bold', text: 'Informeren over resultaten', label: S(5) },
  { k: 'ul', items: [li('Een korte publieksversie van dit verslag maken voor cliënten en naasten.', S(5))] },

  // ----- appendix: the multi-year planning of all 14 themes (general, all themes)
  { k: 'h', level: 1, text: 'Bijlage: meerjarenplanning KKFZ 2022–2028', label: G },
  {
    k: 'p',
    text: 'De tabel laat zien in welke jaren wij aan welk thema werken (x) en wanneer een thema is afgerond (gereed).',
    label: G,
  },
  {
    k: 'table',
    header: true,
    widths: [8, 36, 8, 8, 8, 8, 8, 8, 8],
    rows: planningRows,
    label: T(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
  },
];

const { bytes, blocks, expected, messages } = await writeFixture({
  report: REPORT,
  meta: {
    title: 'Kwaliteitsverslag Forensische Zorg 2025',
    subject: 'Kwaliteitsverslag forensische zorg (fictief voorbeeld)',
    creator: 'Stichting De Overstap (fictief)',
    lastModifiedBy: 'KKFZ-assistent scripts/make-sample.ts',
    description: 'Fictief voorbeeldverslag voor de KKFZ-assistent. Organisatie, personen en cijfers zijn verzonnen.',
    keywords: 'KKFZ, kwaliteitsverslag, forensische zorg, voorbeeld',
  },
  docxOut: DOCX_OUT,
  goldOut: GOLD_OUT,
  fixedIso: FIXED_ISO,
  fixedZipTime: FIXED_ZIP_TIME,
  png: barChartPng([7.6, 7.9, 8.1]), // client satisfaction 2023–2025
});

const boldOnly = expected.flatMap((e, k) => (e.boldOnly ? [k] : []));
const titleIdx = REPORT.findIndex((it) => it.k === 'title');
const words = (p: number) =>
  blocks.filter((_, k) => expected[k]!.label.pillar === p).reduce((n, b) => n + b.text.split(' ').length, 0);
console.log(`wrote ${DOCX_OUT.slice(root.length + 1)} (${bytes.length} bytes) and ${GOLD_OUT.slice(root.length + 1)}`);
console.log(
  `blocks: ${blocks.length}; per pillar p0..p5: ${perPillar(expected).join(' ')}; words per pillar: ${[0, 1, 2, 3, 4, 5].map(words).join(' ')}`,
);
console.log(`bold-only former headings: ${boldOnly.join(' ')}; Title-style paragraph: ${titleIdx}`);
for (const m of new Set(messages)) console.log(`mammoth ${m}`);
