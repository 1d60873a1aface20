// Generates three held-out, entirely FICTIONAL quality reports with hand-made gold labels, each built UNLIKE the
// shared corpus (and unlike the bundled sample), so that the product can be scored on layouts no rule was tuned on:
//
//   tests/fixtures/heldout/kompas-2024.docx   + .gold.jsonl  Stichting Kompas Zorg, kwaliteitsverslag 2024:
//       structured by quality aspect, every heading a PLAIN paragraph (no style, no bold) except the title,
//       pillars in the order 3, 1, 2, 4, 5, an appendix with a status table per pillar
//   tests/fixtures/heldout/debrug-2025.docx   + .gold.jsonl  Forensisch Centrum De Brug, jaarverslag 2025:
//       a general annual report with styled headings and chapters named by topic, not by pillar
//   tests/fixtures/heldout/horizon-2025.docx  + .gold.jsonl  Jeugdzorg Horizon, kwaliteitsrapportage 2025:
//       theme by theme with bold-only headings and an "Algemeen beeld / Reflectie / Successen / Aandachtspunten"
//       pattern, reading guide and colophon at the end
//
//   npx tsx scripts/make-heldout.ts
//
// Every block-producing item carries a label written by hand (pillar 0-5, themes, basis) following the corpus label
// scheme (../shared/corpus/README.md); the labels were made without looking at the product's mapping, knowledge or
// checklist rules. Building, byte-for-byte determinism and the block-for-block check against the corpus block split
// (scripts/list-blocks.ts) live in scripts/docx-fixture.ts. See tests/fixtures/heldout/README.md.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChartPng, G, li, perPillar, S, T, writeFixture, type DocMeta, type Item, type Label } from './docx-fixture';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(root, 'tests/fixtures/heldout');

// Labels (see docx-fixture.ts): S = inside an explicit pillar section of the report; T = labelled by topic (or 0);
// G = general. ALL = a planning/overview table that lists all 14 themes.
const ALL = T(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

const p = (text: string, label: Label): Item => ({ k: 'p', text, label });
const plain = (text: string, label: Label): Item => ({ k: 'plain', text, label });
const bold = (text: string, label: Label): Item => ({ k: 'bold', text, label });
const h = (level: 1 | 2 | 3, text: string, label: Label): Item => ({ k: 'h', level, text, label });
const table = (rows: string[][], widths: number[], label: Label, header = true): Item => ({
  k: 'table',
  rows,
  widths,
  header,
  label,
});

// =========================================================================================================
// 1. kompas-2024 — Stichting Kompas Zorg (Rietmond, Ekkersum: invented places). Plain-paragraph headings.

const KOMPAS: Item[] = [
  { k: 'title', text: 'Kwaliteitsverslag 2024', label: G },
  p(
    'Stichting Kompas Zorg – forensische dagbesteding, arbeidstoeleiding en ambulante begeleiding in Rietmond en Ekkersum',
    G,
  ),
  {
    k: 'p',
    italic: true,
    text: 'Dit verslag is fictief. Stichting Kompas Zorg, de plaatsen Rietmond en Ekkersum, de genoemde personen en alle cijfers zijn verzonnen om de KKFZ-assistent te testen.',
    label: G,
  },

  plain('Inhoud', G),
  p('1 Inleiding', G),
  p('2 Kompas Zorg en het kwaliteitskader', G),
  p('3 Feiten en cijfers', G),
  p('4 Pijler 3 – Organisatie van zorg', G),
  p('5 Pijler 1 – Veiligheid en persoonsgerichte zorg', G),
  p('6 Pijler 2 – Forensisch vakmanschap', G),
  p('7 Pijler 4 – Samenwerken', G),
  p('8 Pijler 5 – Informeren over resultaten', G),
  p('Bijlage 1 bij hoofdstuk 2: statusoverzicht kwaliteitsaspecten', G),

  plain('1 Inleiding', G),
  p(
    'Met dit kwaliteitsverslag legt Stichting Kompas Zorg verantwoording af over de forensische zorg die wij in 2024 hebben geboden. Het verslag is bedoeld voor de Dienst Justitiële Inrichtingen, onze ketenpartners, de deelnemersraad en natuurlijk voor onze deelnemers en medewerkers zelf.',
    G,
  ),
  p(
    'Wij hebben dit jaar gekozen voor een indeling naar kwaliteitsaspecten. We beginnen bij de organisatie van zorg, omdat veel van wat op de werkvloer gebeurt daar begint, en werken daarna de andere pijlers af. Wie het kader naast dit verslag legt, ziet dus een andere volgorde dan gebruikelijk. Waar wij een artikel uit het kader bedoelen, noemen we het nummer erbij.',
    G,
  ),
  p('Rietmond, april 2025 – Joost Hamelink, directeur-bestuurder', G),

  plain('2 Kompas Zorg en het kwaliteitskader', G),
  p(
    'Stichting Kompas Zorg biedt sinds 2009 dagbesteding, arbeidstoeleiding en ambulante begeleiding aan volwassenen die vastlopen in werk, wonen of contacten. Een groot deel van onze deelnemers heeft een forensische titel. We werken vanuit twee werkplaatsen: een houtwerkplaats met fietsenmakerij in Rietmond en een groen- en horecaproject in Ekkersum. Eind 2024 waren 61 medewerkers en 23 vrijwilligers bij ons actief.',
    G,
  ),
  plain('Missie en visie', G),
  p(
    'Iedereen verdient een tweede kans op een plek waar hij ertoe doet. Wij geloven dat werk, ritme en echte collega’s mensen helpen om een ander leven op te bouwen. Daarbij zijn we duidelijk over grenzen: wie bij ons werkt, weet wat er van hem verwacht wordt en wat hij van ons mag verwachten.',
    G,
  ),
  p(
    'Kompas Zorg werkt sinds 2022 aan de invoering van het Kwaliteitskader Forensische Zorg volgens een eigen meerjarenplan. In bijlage 1 bij dit hoofdstuk staat per pijler welke kwaliteitsaspecten eind 2023 en eind 2024 gereed of in werking waren.',
    G,
  ),

  plain('3 Feiten en cijfers', T(5)),
  p(
    'Op 31 december 2024 volgden 146 deelnemers een traject bij Kompas Zorg. Van hen hadden er 58 een forensische titel, zoals bijzondere voorwaarden of een voorwaardelijke invrijheidstelling. Dat is 40% van alle deelnemers, tegen 37% een jaar eerder.',
    T(5),
  ),
  table(
    [
      ['Deelnemers', '31-12-2023', '31-12-2024'],
      ['Met forensische titel', '49', '58'],
      ['Overige financiering (Wmo, Participatiewet)', '83', '88'],
      ['Totaal', '132', '146'],
      ['Aandeel forensisch', '37%', '40%'],
    ],
    [50, 25, 25],
    T(5),
  ),
  p(
    'De omzet uit zorg en begeleiding bedroeg in 2024 € 4.215.000. De forensische zorg had daarin een aandeel van 44%.',
    T(5),
  ),
  table(
    [
      ['Financier', 'Omzet 2024', 'Aandeel'],
      ['DJI (forensische zorg)', '€ 1.854.600', '44%'],
      ['Gemeenten (Wmo en Participatiewet)', '€ 2.107.500', '50%'],
      ['Overig', '€ 252.900', '6%'],
    ],
    [50, 25, 25],
    T(5),
  ),

  // ----- chapter 4: pillar 3 first
  plain('Pijler 3', S(3)),
  p(
    'Organisatie van zorg: hoe wij als stichting zijn ingericht, hoe we toezicht houden, leren en meten. Een goed georganiseerde stichting is voor ons de voorwaarde voor veilige begeleiding op de werkvloer.',
    S(3),
  ),
  plain('4.1 Goed bestuur en toezicht', S(3)),
  p(
    'Kompas Zorg heeft een eenhoofdige raad van bestuur en een raad van toezicht van vier leden. De raad van toezicht werkt volgens de Governancecode Zorg en heeft in 2024 een visie op toezicht vastgesteld waarin kwaliteit, veiligheid en duurzaam ondernemen de drie toetsstenen zijn.',
    S(3),
  ),
  p(
    'De raad kwam zes keer bijeen. Twee leden liepen elk een dag mee in een werkplaats en spraken daar met deelnemers en werkmeesters. De kwartaalrapportage aan de raad bevat sinds dit jaar een vaste paragraaf over de voortgang van het kwaliteitskader.',
    S(3),
  ),
  plain('4.2 Wetenschap en innovatie', S(3)),
  p(
    'Samen met het lectoraat Werk en Re-integratie van een hogeschool in de regio doen wij mee aan een onderzoek naar de vraag of betaald werk tijdens een forensisch traject de kans op terugval verkleint. In 2024 zijn 31 deelnemers geïnterviewd; de eerste resultaten verwachten we in 2025.',
    S(3),
  ),
  p(
    'In de fietsenmakerij liep een proef met een app waarin deelnemers zelf hun werkdag plannen en afvinken. De app wordt in 2025 uitgerold naar Ekkersum.',
    S(3),
  ),
  plain('4.3 Medezeggenschap', S(3)),
  p(
    'Artikel 5.1.5 vraagt dat de forensische zorg zichtbaar vertegenwoordigd is in de medezeggenschap. Bij Kompas Zorg is dat inmiddels zo geregeld.',
    S(3),
  ),
  plain('Cliëntenraad en ondernemingsraad', S(3)),
  p(
    'De deelnemersraad telt zes leden, van wie drie met een forensische titel. De raad kwam acht keer bijeen en gaf advies over de nieuwe werktijden in de zomer, over de huisregels van de werkplaatsen en over de vragenlijst van het deelnemersonderzoek.',
    S(3),
  ),
  p(
    'De ondernemingsraad (vijf leden) besprak het kwaliteitskader twee keer met de bestuurder. Een van de leden is werkmeester in een forensisch team en is binnen de OR aanspreekpunt voor de forensische zorg.',
    S(3),
  ),
  plain('4.4 Kwaliteitssysteem en leren van incidenten', S(3, 8, 9)),
  p(
    'Kompas Zorg is gecertificeerd volgens ISO 9001:2015. In oktober 2024 was de jaarlijkse externe audit; er werd één kleine afwijking gevonden, over het bijhouden van de evaluatiedata van procedures. Die is binnen zes weken opgelost. Daarnaast deden twee interne auditoren dit jaar vier interne audits.',
    S(3, 8),
  ),
  p(
    'Incidenten worden gemeld in het meldsysteem en iedere maand besproken in het MIC-overleg. In 2024 kwamen er 47 meldingen binnen (2023: 52). Per kwartaal bekijken we de meldingen samen met de werkmeesters op patronen. Zo zagen we dat conflicten vaak ontstonden bij de wissel van de ochtend- naar de middagploeg; sindsdien is er een vast overdrachtsmoment van tien minuten.',
    S(3, 9),
  ),
  p(
    'Een medewerker die iets ingrijpends meemaakt, krijgt opvang van het BOT-team en een gesprek met de leidinggevende binnen twee werkdagen. Dat gebeurde in 2024 vijf keer.',
    S(3, 9),
  ),
  p(
    'Doel voor 2025: elk kwartaal een leerbijeenkomst over de incidentanalyse, met deelnemers uit beide werkplaatsen.',
    S(3, 9),
  ),
  plain('4.5 Tevredenheid van deelnemers en medewerkers', S(3, 10, 11)),
  p(
    'In november hebben 104 deelnemers de vragenlijst van het deelnemersonderzoek ingevuld (respons 71%). Het gemiddelde rapportcijfer was een 7,8. De 41 forensische deelnemers die meededen gaven gemiddeld een 7,6. Zij zijn het meest tevreden over de werkmeesters en het minst over de reistijd naar Ekkersum.',
    S(3, 10),
  ),
  p(
    'Het medewerkersonderzoek had een respons van 82%. Medewerkers gaven de werksfeer een 8,0 en de werkdruk een 6,4. Conform 5.1.2.c zijn de uitkomsten van beide onderzoeken besproken in de teams en staan ze op onze website.',
    S(3, 11),
  ),
  p(
    'Doel voor 2025: met de teams drie acties kiezen om de werkdruk te verlagen en die in het najaar evalueren.',
    S(3, 11),
  ),

  // ----- chapter 5: pillar 1
  plain('Pijler 1', S(1)),
  p(
    'Veiligheid en persoonsgerichte zorg. In de werkplaatsen merken we iedere dag dat die twee samengaan: een deelnemer die zich gezien voelt, houdt zich beter aan afspraken, en duidelijke afspraken geven rust.',
    S(1),
  ),
  plain('Thema 1: Veiligheidsmanagement', S(1, 1)),
  p(
    'Wanneer veiligheid en de wensen van de deelnemer botsen, gaat veiligheid voor (3.1.1 b). In de praktijk betekent dat bijvoorbeeld dat een deelnemer met een contactverbod niet op een project werkt waar hij het slachtoffer kan tegenkomen, ook als hij daar graag zou willen werken. Iedere werkplaats heeft een veiligheidsprotocol met afspraken over gereedschap, bezoek en het bellen van de reclassering.',
    S(1, 1),
  ),
  p(
    'Bij een incident dat de bijzondere voorwaarden raakt, informeren we dezelfde dag de reclassering. In 2024 was dat 19 keer nodig. Ernstige incidenten melden wij ook aan DJI; dat gebeurde één keer.',
    S(1, 1),
  ),
  plain('Thema 3: Risicogestuurde behandeling', S(1, 3)),
  p(
    'Iedere forensische deelnemer krijgt binnen vier weken na de start een risicotaxatie met de FARE. Op basis daarvan en van het advies van de reclassering stellen we het begeleidingsplan op. Volgens 3.1.3 b) moet dat plan bij voorkeur binnen zes weken klaar zijn; in 2024 lukte dat bij 38 van de 44 nieuwe deelnemers (86%).',
    S(1, 3),
  ),
  p('Hoe we het risico in de gaten houden:', S(1, 3)),
  {
    k: 'ul',
    items: [
      li('de werkmeester rapporteert iedere dag kort in het dossier over gedrag, stemming en aanwezigheid;', S(1, 3)),
      li('het signaleringsplan wordt elk kwartaal met de deelnemer doorgelopen;', S(1, 3)),
      li(
        'bij twee of meer signalen schalen we op naar een extra gesprek met de begeleider en overleg met de reclassering.',
        S(1, 3),
      ),
    ],
  },
  p(
    'Doel voor 2025: het begeleidingsplan binnen zes weken klaar bij ten minste 90% van de nieuwe deelnemers.',
    S(1, 3),
  ),
  plain('Thema 4: Betrekken deelnemer en netwerk', S(1, 4)),
  p(
    'De deelnemer bepaalt mee welke doelen in zijn plan komen en ondertekent het plan zelf. Met zijn toestemming nodigen we iemand uit zijn omgeving uit voor de evaluatie: een partner, ouder of goede vriend. In 2024 was bij 23 van de 58 forensische deelnemers iemand uit het netwerk betrokken.',
    S(1, 4),
  ),
  p('Doel voor 2025: een open dag in beide werkplaatsen voor familie en vrienden van deelnemers.', S(1, 4)),
  plain('Dagbesteding en leefklimaat', S(1, 2)),
  p(
    'Werk is bij ons geen bezigheid maar een middel om te herstellen. Deelnemers kiezen zelf hun werkplek en groeien stap voor stap naar meer verantwoordelijkheid, bijvoorbeeld als voorman in de fietsenmakerij. Naast werk besteden we aandacht aan geld, wonen en vrije tijd.',
    S(1, 2),
  ),
  p(
    'Om de sfeer in de werkplaatsen te volgen, vullen deelnemers twee keer per jaar een korte leefklimaatlijst in. De sfeer in Ekkersum werd hoger gewaardeerd dan in Rietmond, waar het in de winter te vol was. Daarom is de groep in Rietmond sinds december in tweeën gedeeld.',
    S(1, 2),
  ),

  // ----- chapter 6: pillar 2
  plain('Pijler 2', S(2)),
  p(
    'Forensisch vakmanschap. Onze werkmeesters zijn vaak vakmensen uit de techniek of horeca die het begeleiden in de praktijk hebben geleerd. Dat maakt scholing en samenwerking met de gedragsdeskundigen extra belangrijk.',
    S(2),
  ),
  plain('Professionele houding', S(2, 5)),
  p(
    'We verwachten van iedere medewerker een houding die betrokken en begrenzend tegelijk is: nabij zijn zonder mee te gaan in het verhaal van de deelnemer. Dat oefenen we in de jaarlijkse training over de forensische grondhouding, die in 2024 door alle medewerkers van de forensische teams is gevolgd.',
    S(2, 5),
  ),
  plain('Werken in een multidisciplinair team', S(2, 5)),
  p(
    'Ieder forensisch team bestaat uit werkmeesters, een trajectbegeleider en een gedragsdeskundige. Eens per twee weken bespreken zij samen de deelnemers met het hoogste risico. De gedragsdeskundigen zijn BIG-geregistreerd; alle trajectbegeleiders staan in het SKJ- of Kwaliteitsregister.',
    S(2, 5),
  ),
  p(
    'Daarnaast heeft ieder team eens per zes weken intervisie en twee keer per jaar een moreel beraad, dit jaar onder meer over de vraag hoeveel je als werkmeester mag delen met de reclassering.',
    S(2, 9),
  ),
  plain('Thema 6: Opleidingsplan', S(2, 6)),
  p(
    'Het opleidingsplan 2024–2026 beschrijft per functie welke scholing verplicht is. Nieuwe medewerkers volgen binnen drie maanden de modules van de forensische leerlijn. Eind 2024 had 88% van de medewerkers in de forensische teams de basismodules afgerond.',
    S(2, 6),
  ),
  p(
    'Kompas Zorg wil bijdragen aan voldoende goede mensen in de sector (4.1.7c). In 2024 boden wij zeven stageplaatsen voor mbo en hbo en twee leerwerkplekken, en begonnen drie zij-instromers uit de bouw als werkmeester.',
    S(2, 6),
  ),
  p('Doel voor 2025: een leerlijn voor werkmeesters zonder zorgopleiding, met een eigen certificaat.', S(2, 6)),
  plain('Thema 7: Ervaringsdeskundigheid', S(2, 7)),
  p(
    'Sinds maart werken twee ervaringsdeskundigen bij Kompas Zorg, elk voor 24 uur per week. Zij voeren de kennismakingsgesprekken met nieuwe deelnemers en denken mee in de teambesprekingen. Eén van hen volgt de opleiding ervaringsdeskundigheid op niveau 4.',
    S(2, 7),
  ),

  // ----- chapter 7: pillar 4
  plain('Pijler 4', S(4)),
  p(
    'Samenwerken. Werk en begeleiding slaan pas aan als de deelnemer ook een dak boven zijn hoofd heeft, schulden worden aangepakt en het toezicht goed loopt. Daarvoor hebben we veel partners nodig.',
    S(4),
  ),
  plain('Thema 12: Samenwerking in de keten', S(4, 12)),
  p(
    'Met de drie reclasseringsorganisaties bespreken we iedere forensische deelnemer minstens eens per twee maanden. Met de gemeenten Rietmond en Ekkersum hebben we afspraken over schuldhulp en huisvesting van deelnemers die uitstromen (6.1.1).',
    S(4, 12),
  ),
  {
    k: 'ul',
    items: [
      li('zeven werkgevers bieden een proefplaats aan deelnemers die klaar zijn voor regulier werk;', S(4, 12)),
      li(
        'met de regionale ggz-instelling is een consultatieregeling voor deelnemers met psychiatrische klachten;',
        S(4, 12),
      ),
      li('het Zorg- en Veiligheidshuis nodigt ons uit bij het casusoverleg over gezamenlijke deelnemers.', S(4, 12)),
    ],
  },
  plain('Thema 13: Regio-overleg en lerend netwerk', S(4, 13)),
  p(
    'Kompas Zorg neemt deel aan het regionale overleg forensische zorg en aan een lerend netwerk van vier aanbieders van forensische dagbesteding. In dat netwerk bezochten we in 2024 elkaars werkplaatsen en spraken we over het werken met de FARE bij deelnemers met een licht verstandelijke beperking.',
    S(4, 13),
  ),
  plain('Thema 14: Overdracht en stapelzorg', S(4, 14)),
  p(
    'Als een forensische titel afloopt, plannen we drie maanden van tevoren een overdrachtsgesprek met de deelnemer, de reclassering en de organisatie die de begeleiding overneemt. Krijgt een deelnemer ook zorg van een andere aanbieder, dan spreken we af wie de regie heeft en delen we met toestemming het signaleringsplan.',
    S(4, 14),
  ),
  p(
    'Doel voor 2025: voor iedere uitstromende deelnemer een schriftelijke overdracht die door de ontvangende organisatie is bevestigd.',
    S(4, 14),
  ),
  plain('Relatie met de buurt', S(4)),
  p(
    'De werkplaats in Rietmond ligt midden in een woonwijk. Twee keer per jaar is er een buurtkoffie en omwonenden kunnen hun fiets bij ons laten repareren. Eén klacht over geluidsoverlast is met de melder opgelost door de werktijden van de zaag aan te passen.',
    S(4),
  ),

  // ----- chapter 8: pillar 5
  plain('Pijler 5', S(5)),
  p(
    'Informeren over resultaten. Dit verslag staat na vaststelling door de raad van toezicht op onze website en is besproken met de deelnemersraad en de ondernemingsraad. Voor deelnemers maken we een korte versie met de belangrijkste cijfers en plannen.',
    S(5),
  ),
  p(
    'Intern delen we de resultaten via de maandelijkse nieuwsbrief en de teamoverleggen; de kwartaalcijfers hangen in beide werkplaatsen aan de muur.',
    S(5),
  ),
  plain('Prestatie-indicator continuïteit van zorg', S(5, 14)),
  p(
    'Omdat in 2023 meer dan vijftien forensische deelnemers bij ons instroomden, leveren wij de forensische prestatie-indicatoren aan. De tabel toont voor de deelnemers van wie de titel in 2024 afliep, of zij aansluitend vervolgzorg kregen.',
    S(5, 14),
  ),
  table(
    [
      ['Uitstroom 2024', 'Aantal', 'Percentage'],
      ['Aansluitend vervolgzorg (Wmo, ggz of Wlz)', '17', '59%'],
      ['Geen vervolgzorg nodig', '8', '28%'],
      ['Geen vervolgzorg, wel nodig', '3', '10%'],
      ['Onbekend', '1', '3%'],
      ['Totaal', '29', '100%'],
    ],
    [55, 20, 25],
    S(5, 14),
  ),
  p('Doel voor 2025: de korte versie van het verslag samen met twee leden van de deelnemersraad schrijven.', S(5)),

  // ----- appendix: status per pillar (sections by the pillar names; tables labelled by the aspects they list)
  plain('Bijlage 1 bij hoofdstuk 2: statusoverzicht kwaliteitsaspecten', G),
  p(
    'Per pijler de kwaliteitsaspecten die wij volgen, met de stand eind 2023 en eind 2024 (gereed, in werking, gestart of niet gestart).',
    G,
  ),
  plain('Pijler 1 Veiligheid en persoonsgerichte zorg', S(1)),
  table(
    [
      ['Nr', 'Kwaliteitsaspect', '2023', '2024'],
      ['3.1.1', 'Balans tussen veiligheid en persoonsgerichte zorg', 'in werking', 'gereed'],
      ['3.1.3', 'Begeleidingsplan op maat, bij voorkeur binnen zes weken', 'in werking', 'in werking'],
      ['3.1.4', 'Rapportage en dossiervoering', 'gereed', 'gereed'],
      ['3.1.5', 'Netwerk van de deelnemer betrekken', 'gestart', 'in werking'],
      ['3.1.6', 'Op- en afschalen van begeleiding', 'in werking', 'gereed'],
      ['3.2.8', 'Leefklimaat in de werkplaatsen', 'gestart', 'in werking'],
    ],
    [12, 56, 16, 16],
    S(1, 1, 2, 3, 4),
  ),
  plain('Pijler 2 Forensisch vakmanschap', S(2)),
  table(
    [
      ['Nr', 'Kwaliteitsaspect', '2023', '2024'],
      ['4.1.1', 'Professionele grondhouding', 'gestart', 'gereed'],
      ['4.1.3', 'Werken in een multidisciplinair team', 'in werking', 'gereed'],
      ['4.1.5', 'Bevoegd en bekwaam', 'gereed', 'gereed'],
      ['4.1.6', 'Ruimte om te leren en te reflecteren', 'gestart', 'in werking'],
      ['4.1.7', 'Bijdrage aan de arbeidsmarkt', 'in werking', 'in werking'],
      ['–', 'Inzet van ervaringsdeskundigen', 'niet gestart', 'in werking'],
    ],
    [12, 56, 16, 16],
    S(2, 5, 6, 7, 9),
  ),
  plain('Pijler 3 Organisatie van zorg', S(3)),
  table(
    [
      ['Nr', 'Kwaliteitsaspect', '2023', '2024'],
      ['5.1.1', 'Veilig werk- en leefklimaat', 'in werking', 'gereed'],
      [
        '5.1.2',
        'Kwaliteits- en veiligheidsmanagementsysteem, met deelnemers- en medewerkersonderzoek',
        'gereed',
        'gereed',
      ],
      ['5.1.3', 'Goed bestuur en toezicht', 'gereed', 'gereed'],
      ['5.1.4', 'Wetenschap en innovatie', 'niet gestart', 'gestart'],
      ['5.1.5', 'Forensische zorg in de medezeggenschap', 'gestart', 'gereed'],
    ],
    [12, 56, 16, 16],
    S(3, 8, 9, 10, 11),
  ),
  plain('Pijler 4 Samenwerken', S(4)),
  table(
    [
      ['Nr', 'Kwaliteitsaspect', '2023', '2024'],
      ['6.1.1', 'Samenwerking voor continuïteit van zorg', 'in werking', 'gereed'],
      ['6.1.2', 'Deelname aan een lerend netwerk', 'gestart', 'gereed'],
      ['6.1.3', 'Relatie met de omgeving', 'gereed', 'gereed'],
    ],
    [12, 56, 16, 16],
    S(4, 12, 13, 14),
  ),
  plain('Pijler 5 Informeren over resultaten', S(5)),
  table(
    [
      ['Nr', 'Kwaliteitsaspect', '2023', '2024'],
      ['–', 'Meerjarenplan gepubliceerd', 'gereed', 'gereed'],
      ['–', 'Kwaliteitsverslag op de website', 'gereed', 'gereed'],
      ['–', 'Prestatie-indicatoren aangeleverd', 'in werking', 'gereed'],
    ],
    [12, 56, 16, 16],
    S(5),
  ),
];

// =========================================================================================================
// 2. debrug-2025 — Forensisch Centrum De Brug (Dalmerveen, Kortemaat: invented). Styled headings, topic chapters.

const themePlanning: string[][] = [
  ['Thema', '2022', '2023', '2024', '2025', '2026', '2027', '2028'],
  ['1 Veiligheidsmanagement', '', 'focus', 'borgen', 'borgen', 'borgen', 'borgen', 'evaluatie'],
  ['2 Herstelgerichte zorg', '', '', '', 'focus', 'borgen', 'borgen', 'evaluatie'],
  ['3 Risicogestuurde behandeling/begeleiding', '', '', 'focus', 'borgen', 'borgen', 'borgen', 'evaluatie'],
  ['4 Betrekken cliënt/netwerk', '', '', '', '', 'focus', 'borgen', 'evaluatie'],
  ['5 Vakbekwaamheid/bevoegdheid', '', '', 'focus', 'borgen', 'borgen', 'borgen', 'evaluatie'],
  ['6 Opleidingsplan', '', '', '', 'focus', 'borgen', 'borgen', 'evaluatie'],
  ['7 Ervaringsdeskundigheid', '', '', '', '', 'focus', 'borgen', 'evaluatie'],
  ['8 Kwaliteitsmanagementsysteem', '', '', '', '', '', 'focus', 'evaluatie'],
  ['9 Lerende cyclus', '', '', '', 'focus', 'borgen', 'borgen', 'evaluatie'],
  ['10 Cliëntmetingen', '', '', '', '', '', 'focus', 'evaluatie'],
  ['11 Medewerkersmetingen', '', 'focus', 'borgen', 'borgen', 'borgen', 'borgen', 'evaluatie'],
  ['12 Samenwerking in de keten', '', '', 'focus', 'borgen', 'borgen', 'borgen', 'evaluatie'],
  ['13 Regio-overleggen en lerende netwerken', '', '', '', '', '', 'focus', 'evaluatie'],
  ['14 Overdracht/stapelzorg', '', 'focus', 'borgen', 'borgen', 'borgen', 'borgen', 'evaluatie'],
];

const DEBRUG: Item[] = [
  { k: 'title', text: 'Jaarverslag 2025', label: G },
  p('Forensisch Centrum De Brug – klinische en ambulante forensische zorg in Dalmerveen en Kortemaat', G),
  {
    k: 'p',
    italic: true,
    text: 'Fictief jaarverslag voor het testen van de KKFZ-assistent: Forensisch Centrum De Brug, Dalmerveen, Kortemaat, alle namen en alle cijfers zijn verzonnen.',
    label: G,
  },

  h(1, '1. Voorwoord', G),
  p(
    '2025 was een jaar met twee gezichten. Aan de ene kant openden we in Kortemaat een nieuwe afdeling voor langdurige forensische zorg en kregen we meer aanmeldingen dan ooit. Aan de andere kant bleef het moeilijk om voldoende collega’s te vinden en moesten we in de zomer tijdelijk bedden sluiten.',
    G,
  ),
  p(
    'In dit jaarverslag leest u hoe we daarmee zijn omgegaan. Zoals ieder jaar is ons kwaliteitsverslag volgens het Kwaliteitskader Forensische Zorg in dit jaarverslag opgenomen; de leeswijzer in hoofdstuk 2 laat zien waar u wat vindt.',
    G,
  ),
  p('Ik dank onze patiënten, hun naasten en alle medewerkers voor het vertrouwen en de inzet.', G),
  p('Dr. Annelies Brouwer-Takema, voorzitter raad van bestuur', G),

  h(1, '2. Over De Brug', G),
  p(
    'Forensisch Centrum De Brug biedt klinische en ambulante behandeling aan volwassenen die een delict hebben gepleegd of dreigen te plegen en bij wie psychiatrische problemen, verslaving of een persoonlijkheidsstoornis een rol spelen. De meeste patiënten komen bij ons met een zorgmachtiging of als voorwaarde bij een straf. Eind 2025 werkten bij De Brug 296 medewerkers.',
    G,
  ),
  p('De Brug heeft drie locaties:', G),
  {
    k: 'ul',
    items: [
      li('de kliniek in Dalmerveen met drie afdelingen (56 bedden);', G),
      li('de nieuwe afdeling voor langdurige forensische zorg in Kortemaat (16 bedden);', G),
      li('de forensische polikliniek en het team beschermd wonen in het centrum van Dalmerveen.', G),
    ],
  },
  h(2, '2.1 Missie en visie', G),
  p(
    'De Brug slaat een brug tussen de patiënt en de samenleving. Wij behandelen zo dat patiënten veilig kunnen terugkeren en dat er minder nieuwe slachtoffers vallen.',
    G,
  ),
  p(
    'Onze visie is dat behandeling alleen werkt als er vertrouwen is. Daarom kijken we naar de hele mens en niet alleen naar het delict, maar blijven we ook eerlijk en duidelijk over risico’s en grenzen.',
    G,
  ),
  h(2, '2.2 Leeswijzer', G),
  p(
    'Hoofdstuk 3 tot en met 8 vormen samen ons kwaliteitsverslag. Hoofdstuk 3 en 4 gaan over veiligheid, behandeling en risicotaxatie, hoofdstuk 5 over onze medewerkers en hun vakmanschap, hoofdstuk 6 over ons kwaliteitssysteem en wat we leren, hoofdstuk 7 over de samenwerking met partners en hoofdstuk 8 over cijfers en verantwoording. Hoofdstuk 9 blikt vooruit op 2026.',
    G,
  ),

  h(1, '3. Veiligheid op de afdelingen', T(1, 1)),
  p(
    'Op een forensische afdeling is veiligheid de basis van alles. Iedere bewoner heeft een veiligheidsplan waarin staat welke risico’s er zijn, hoe die zich aankondigen en wat medewerkers en bewoner dan doen. Het plan wordt bij opname gemaakt en na ieder ernstig incident bijgesteld.',
    T(1, 1),
  ),
  h(2, '3.1 Incidenten en agressie', T(1, 1)),
  p(
    'Het aantal agressie-incidenten daalde in 2025 van 212 naar 187. De daling zat vooral op de opnameafdeling, waar sinds april een vaste tweede medewerker in de avonddienst staat. Op de nieuwe afdeling in Kortemaat was het aantal incidenten in de eerste maanden hoger dan verwacht.',
    T(1, 1),
  ),
  table(
    [
      ['Afdeling', 'Incidenten 2024', 'Incidenten 2025', 'Waarvan fysiek'],
      ['Opname (Dalmerveen)', '118', '94', '21'],
      ['Behandeling (Dalmerveen)', '61', '52', '9'],
      ['Resocialisatie (Dalmerveen)', '33', '24', '3'],
      ['Langdurige zorg (Kortemaat, vanaf juni)', '–', '17', '6'],
      ['Totaal', '212', '187', '39'],
    ],
    [40, 20, 20, 20],
    T(1, 1),
  ),
  h(3, 'Afzondering en dwang', T(1, 1)),
  p(
    'Dwang passen we zo weinig en zo kort mogelijk toe. Het aantal afzonderingen daalde van 41 naar 33, met een gemiddelde duur van vijf uur. Iedere afzondering wordt binnen een week nabesproken met de bewoner.',
    T(1, 1),
  ),
  h(2, '3.2 Leefklimaat', T(1, 2)),
  p(
    'Twee keer per jaar meten we het leefklimaat met de EssenCES-vragenlijst. Bewoners gaven de steun van medewerkers een hogere score dan vorig jaar; de veiligheid tussen bewoners onderling scoorde op de opnameafdeling het laagst.',
    T(1, 2),
  ),
  p(
    'Herstel gaat over meer dan het verminderen van risico. Bewoners werken in de tuin, de keuken of de fietsenwerkplaats, en de herstelacademie biedt cursussen over wonen, geld en relaties die door ervaringsdeskundigen worden gegeven.',
    T(1, 2),
  ),
  h(2, '3.3 Verlof', T(1, 3)),
  p(
    'Verlof is een belangrijke stap richting terugkeer. Iedere verlofaanvraag wordt getoetst aan de actuele risicotaxatie en besproken in de verlofcommissie. In 2025 werden 214 verlofaanvragen beoordeeld, waarvan 171 toegekend. Bij vier verloven keerde de bewoner niet op tijd terug.',
    T(1, 3),
  ),

  h(1, '4. Behandeling en risicotaxatie', T(1, 3)),
  p(
    'De behandeling is gericht op de factoren die het risico op een nieuw delict bepalen. Wat een patiënt nodig heeft, hangt af van zijn risico, zijn behoeften en wat voor hem werkt.',
    T(1, 3),
  ),
  h(2, '4.1 Risicotaxatie', T(1, 3)),
  p(
    'Bij iedere patiënt doen we binnen acht weken na opname een risicotaxatie met de HKT-R, die we ieder half jaar herhalen. Eind 2025 had 93% van de klinische patiënten een risicotaxatie die niet ouder was dan zes maanden.',
    T(1, 3),
  ),
  {
    k: 'ul',
    items: [
      li(
        'op de polikliniek werken we met de FARE en herhalen we de taxatie bij iedere belangrijke verandering;',
        T(1, 3),
      ),
      li('de uitkomst wordt met de patiënt besproken en vertaald naar zijn signaleringsplan;', T(1, 3)),
      li('bij een stijgend risico schalen we de zorg op, bij een dalend risico bouwen we vrijheden op.', T(1, 3)),
    ],
  },
  h(2, '4.2 Het behandelplan', T(1, 3)),
  p(
    'De belangrijkste informatie over een nieuwe patiënt staat binnen 24 uur na opname in het dossier. Het behandelplan is bij 81% van de nieuwe patiënten binnen zes weken vastgesteld en bij alle patiënten binnen drie maanden. Het plan wordt iedere drie maanden met de patiënt geëvalueerd.',
    T(1, 3),
  ),
  h(2, '4.3 Familie en naasten', T(1, 4)),
  p(
    'Naasten kennen de patiënt vaak het langst en het best. Sinds 2025 vragen we bij iedere opname wie de patiënt wil betrekken, en nodigen we die naasten binnen een maand uit voor een kennismaking met het behandelteam.',
    T(1, 4),
  ),
  p(
    'Op iedere afdeling is een familieadviseur beschikbaar, en vier keer per jaar organiseren we een naastenavond. In 2025 kwamen daar gemiddeld 22 naasten op af.',
    T(1, 4),
  ),

  h(1, '5. Onze medewerkers', T(2)),
  p(
    'Goede forensische zorg staat of valt met de mensen die haar geven. Onze medewerkers moeten stevig in hun schoenen staan, hun vak bijhouden en op elkaar kunnen rekenen.',
    T(2),
  ),
  h(2, '5.1 Scholing en opleiding', T(2, 6)),
  p(
    'Ons opleidingsplan beschrijft per functie welke scholing verplicht is en welke aanvullend. In 2025 lag de nadruk op:',
    T(2, 6),
  ),
  {
    k: 'ul',
    items: [
      li('de modules van de forensische leerlijn voor alle nieuwe medewerkers;', T(2, 6)),
      li('de jaarlijkse training agressiehantering voor iedereen die op de afdelingen werkt;', T(2, 6)),
      li('een verdiepingscursus risicotaxatie voor behandelaren en persoonlijk begeleiders.', T(2, 6)),
    ],
  },
  h(2, '5.2 Registratie en bekwaamheid', T(2, 5)),
  p(
    'Alle psychiaters, psychologen en verpleegkundigen met een BIG-registratie zijn gecontroleerd op een geldige registratie. Voor voorbehouden handelingen houden we bij wie bevoegd en bekwaam is; twee keer per jaar toetst een praktijkopleider die bekwaamheid.',
    T(2, 5),
  ),
  h(2, '5.3 Ervaringsdeskundigen', T(2, 7)),
  p(
    'De Brug heeft vijf ervaringsdeskundigen in dienst, verdeeld over de afdelingen en de polikliniek. Zij zijn lid van het behandelteam en nemen deel aan de multidisciplinaire besprekingen.',
    T(2, 7),
  ),
  p(
    'In 2025 is een visie op ervaringsdeskundigheid vastgesteld, samen met de patiëntenraad. Daarin staat onder meer dat iedere afdeling in 2027 ten minste één ervaringsdeskundige heeft.',
    T(2, 7),
  ),
  h(2, "5.4 Stagiairs en nieuwe collega's", T(2, 6)),
  p(
    'We leiden zelf op: in 2025 liepen 38 studenten stage bij De Brug en rondden 11 medewerkers een BBL-opleiding tot verpleegkundige af. Met een hogeschool is een zij-instroomtraject gestart voor mensen uit andere sectoren.',
    T(2, 6),
  ),

  h(1, '6. Kwaliteit en verbeteren', T(3)),
  p(
    'Wij willen steeds een beetje beter worden. Daarvoor meten we, kijken we kritisch naar onszelf en laten we ons jaarlijks door anderen toetsen.',
    T(3, 8),
  ),
  h(2, '6.1 Certificering en audits', T(3, 8)),
  p(
    'De Brug is gecertificeerd volgens HKZ en ISO 9001. In de externe audit van september 2025 werden geen tekortkomingen gevonden; de auditor noemde de verbetercyclus op de afdelingen een sterk punt. Het interne auditteam bezocht alle afdelingen en de polikliniek.',
    T(3, 8),
  ),
  h(2, '6.2 Incidenten melden en leren', T(3, 9)),
  p(
    'Medewerkers melden incidenten in het VIM-systeem. Iedere afdeling bespreekt de meldingen maandelijks en kiest één verbeteractie. Twee calamiteiten zijn gemeld bij de Inspectie en bij DJI en onderzocht met de PRISMA-methode.',
    T(3, 9),
  ),
  p(
    'Een van die onderzoeken leidde tot een nieuwe afspraak over de overdracht tussen dag- en avonddienst. Betrokken medewerkers kregen na beide calamiteiten opvang door het collegiale ondersteuningsteam.',
    T(3, 9),
  ),
  h(2, '6.3 Wat vinden patiënten en bewoners?', T(3, 10)),
  p(
    'In het bewonerstevredenheidsonderzoek van oktober deden 49 van de 72 bewoners mee. Zij gaven de kliniek gemiddeld een 7,2 (2024: 6,9). Bewoners zijn positief over de bejegening en kritisch over het eten en het aantal activiteiten in het weekend.',
    T(3, 10),
  ),
  p(
    'Op de polikliniek hielden we een ervaringsmeting onder patiënten na afloop van hun behandeling; 64% vulde de lijst in en het gemiddelde cijfer was een 7,8.',
    T(3, 10),
  ),
  { k: 'image', alt: 'Staafdiagram: gemiddeld cijfer bewonerstevredenheidsonderzoek 2023, 2024 en 2025' },
  p('Figuur 1. Gemiddeld cijfer van bewoners in 2023 (6,6), 2024 (6,9) en 2025 (7,2).', T(3, 10)),
  h(2, '6.4 Medewerkersonderzoek', T(3, 11)),
  p(
    'In mei vulde 71% van de medewerkers het medewerkersonderzoek in. De betrokkenheid scoorde hoog; werkdruk en roosters scoorden laag. Elk team heeft de uitkomsten besproken en twee verbeterpunten gekozen. De uitkomsten staan ook op intranet.',
    T(3, 11),
  ),
  h(2, '6.5 Medezeggenschap', T(3)),
  p(
    'De patiëntenraad kwam elf keer bijeen en adviseerde onder meer over de nieuwe huisregels in Kortemaat. De ondernemingsraad stemde in met het nieuwe roosterbeleid.',
    T(3),
  ),
  h(2, '6.6 Invoering van het Kwaliteitskader Forensische Zorg', G),
  p(
    'Wij voeren het Kwaliteitskader Forensische Zorg in volgens de planning die DJI en de sector hebben afgesproken. De tabel laat zien in welk jaar ieder thema de focus heeft; daarna borgen wij het thema tot de evaluatie in 2028.',
    G,
  ),
  table(themePlanning, [37, 9, 9, 9, 9, 9, 9, 9], ALL),

  h(1, '7. Samen met partners', T(4, 12)),
  p(
    'Onze patiënten komen van en gaan naar andere organisaties. Een goede samenwerking is daarom essentieel, vooral op de momenten dat een patiënt van de een naar de ander gaat.',
    T(4, 12),
  ),
  h(2, '7.1 Reclassering, gemeenten en politie', T(4, 12)),
  p(
    'Met de reclassering is er voor iedere patiënt met voorwaarden een vaste contactpersoon. Daarnaast werken we samen met:',
    T(4, 12),
  ),
  {
    k: 'ul',
    items: [
      li('de gemeenten Dalmerveen en Kortemaat, over huisvesting en inkomen na ontslag;', T(4, 12)),
      li(
        'de politie en het Zorg- en Veiligheidshuis, in het casusoverleg over patiënten met een hoog risico;',
        T(4, 12),
      ),
      li(
        'de penitentiaire inrichting in de regio, over de plaatsing van gedetineerden met een zorgbehoefte.',
        T(4, 12),
      ),
    ],
  },
  h(2, '7.2 Regionale netwerken', T(4, 13)),
  p(
    'De Brug is trekker van het regionale netwerk forensische zorg, waarin twaalf aanbieders vier keer per jaar ervaringen uitwisselen. Ook nemen we deel aan het landelijke lerend netwerk van forensische klinieken, dat dit jaar bijeenkwam over het terugdringen van dwang.',
    T(4, 13),
  ),
  h(2, '7.3 Warme overdracht', T(4, 14)),
  p(
    'Geen patiënt gaat bij ons weg zonder warme overdracht: de nieuwe begeleider of behandelaar komt op bezoek voordat de patiënt vertrekt, en het signaleringsplan gaat met toestemming van de patiënt mee.',
    T(4, 14),
  ),
  p(
    'Wanneer een patiënt ook zorg krijgt van een verslavingszorginstelling of een wijkteam, maken we één gezamenlijk plan en spreken we af wie de regie heeft.',
    T(4, 14),
  ),
  h(2, '7.4 De buurt', T(4)),
  p(
    'Voor de opening in Kortemaat hielden we drie buurtavonden. Er is een klankbordgroep van omwonenden die vier keer per jaar met de afdelingsmanager praat.',
    T(4),
  ),

  h(1, '8. Verantwoording en cijfers', T(5)),
  p(
    'Dit jaarverslag is vastgesteld door de raad van bestuur, goedgekeurd door de raad van toezicht en gepubliceerd op onze website. Het kwaliteitsdeel vormt de basis voor het kwaliteitsgesprek met DJI.',
    T(5),
  ),
  h(2, '8.1 Kerngetallen 2025', T(5)),
  table(
    [
      ['', '2024', '2025'],
      ['Patiënten in zorg op 31-12, totaal', '412', '447'],
      ['waarvan met een forensische titel', '318', '352'],
      ['Aandeel forensische zorg', '77%', '79%'],
      ['Opnames kliniek', '96', '118'],
      ['Gemiddelde bezetting kliniek', '91%', '88%'],
    ],
    [50, 25, 25],
    T(5),
  ),
  p('De opbrengsten uit zorg waren € 41,3 miljoen, waarvan € 33,9 miljoen (82%) gefinancierd door DJI.', T(5)),
  table(
    [
      ['Financiering', 'Opbrengst 2025', 'Aandeel'],
      ['Forensische zorg (DJI)', '€ 33,9 mln', '82%'],
      ['Zorgverzekeringswet', '€ 4,6 mln', '11%'],
      ['Wlz en Wmo', '€ 2,8 mln', '7%'],
    ],
    [50, 25, 25],
    T(5),
  ),
  h(2, '8.2 Prestatie-indicatoren', T(5)),
  p(
    'De Brug levert de forensische prestatie-indicatoren aan DJI. Voor de indicator continuïteit van zorg geldt dat 84% van de patiënten die in 2025 met ontslag gingen, aansluitend vervolgzorg kreeg (2024: 80%).',
    T(5, 14),
  ),

  h(1, '9. Vooruitblik 2026', G),
  p(
    'In 2026 ligt de nadruk op het betrekken van naasten en op ervaringsdeskundigheid. Wij hebben onszelf de volgende doelen gesteld:',
    G,
  ),
  {
    k: 'ul',
    items: [
      li(
        'iedere nieuwe patiënt krijgt binnen een maand het aanbod van een kennismaking tussen zijn naasten en het behandelteam;',
        T(1, 4),
      ),
      li('een tweede ervaringsdeskundige op de opnameafdeling;', T(2, 7)),
      li('het behandelplan binnen zes weken vastgesteld bij ten minste 90% van de nieuwe patiënten;', T(1, 3)),
      li('de werkdruk verlagen met een nieuw roostersysteem, getoetst in het medewerkersonderzoek van 2026;', T(3, 11)),
      li('samen met het regionale netwerk een gezamenlijke scholingsdag organiseren;', T(4, 13)),
      li('een publieksversie van het jaarverslag voor patiënten en naasten.', T(5)),
    ],
  },

  h(1, '10. Colofon', G),
  p('Uitgave: Forensisch Centrum De Brug, Postbus 1207, Dalmerveen. Redactie: afdeling Kwaliteit en Veiligheid.', G),
  p('Vragen over dit jaarverslag kunt u stellen via kwaliteit@debrug.example.', G),
];

// =========================================================================================================
// 3. horizon-2025 — Jeugdzorg Horizon (Veenwolde, Brammelo: invented). Bold-only headings, theme by theme.

const HORIZON: Item[] = [
  { k: 'title', text: 'Kwaliteitsrapportage 2025', label: G },
  p('Jeugdzorg Horizon – forensische jeugdzorg en begeleiding van jongvolwassenen', G),
  {
    k: 'p',
    italic: true,
    text: 'Let op: dit is een fictieve rapportage voor het testen van de KKFZ-assistent. Jeugdzorg Horizon, Veenwolde, Brammelo, de personen en de cijfers bestaan niet.',
    label: G,
  },

  bold('Inleiding', G),
  p(
    'In deze rapportage kijken we terug op 2025 aan de hand van de veertien thema’s van het Kwaliteitskader Forensische Zorg. Per thema geven we een algemeen beeld, onze reflectie, de successen en de aandachtspunten. In 2025 lag de nadruk op herstelgerichte zorg, het opleidingsplan en de lerende cyclus.',
    G,
  ),
  p('We hebben de rapportage met de jongerenraad besproken. Hun opmerkingen hebben we zoveel mogelijk verwerkt.', G),
  bold('Over Jeugdzorg Horizon', G),
  p(
    'Jeugdzorg Horizon begeleidt jongeren van 12 tot 23 jaar die met politie of justitie in aanraking zijn gekomen. Een deel van hen is justitiabele in het kader van het jeugdstrafrecht of het adolescentenstrafrecht. We hebben twee open woongroepen in Veenwolde, een trainingshuis in Brammelo en een ambulant team dat jongeren thuis begeleidt.',
    G,
  ),
  p(
    'Wij geloven in jongeren. Ieder kind heeft recht op een toekomst, ook als het een fout heeft gemaakt. Wij bieden structuur, warmte en een eerlijke spiegel.',
    G,
  ),

  // ----- pillar 1, as "Veiligheidsmanagement"
  bold('Veiligheidsmanagement', S(1, 1)),
  p(
    'Dit hoofdstuk gaat over de eerste pijler: hoe we de veiligheid van jongeren, medewerkers en omgeving bewaken en tegelijk de begeleiding afstemmen op de persoon.',
    S(1),
  ),
  bold('Thema 1: Veiligheidsmanagement', S(1, 1)),
  p(
    'Algemeen beeld: iedere jongere heeft een veiligheidsplan en op de woongroepen werken we met een vast dagprogramma. Het aantal incidenten op de groepen was met 96 iets lager dan in 2024 (104).',
    S(1, 1),
  ),
  p(
    'Reflectie en aandachtspunten: de meeste incidenten gebeuren ’s avonds na bezoek. We willen beter begrijpen waarom, en bespreken dat met de jongeren zelf.',
    S(1, 1),
  ),
  p('In 2026 gaan we het bezoek anders inrichten, met een vast afrondingsmoment met de mentor.', S(1, 1)),
  p('Om de cijfers in dit hoofdstuk te kunnen plaatsen, eerst enkele kerncijfers over 2025:', T(5)),
  table(
    [
      ['Kerncijfers', '31-12-2024', '31-12-2025'],
      ['Jongeren in zorg', '171', '184'],
      ['waarvan justitiabel', '52', '61'],
      ['Aandeel forensisch', '30%', '33%'],
    ],
    [50, 25, 25],
    T(5),
  ),
  bold('Herstelondersteunende zorg en kwaliteit van leven', S(1, 2)),
  bold('Algemeen beeld', S(1, 2)),
  p(
    'Herstelondersteunende zorg betekent voor ons dat de jongere zelf richting geeft aan zijn toekomst: school, werk, vrienden, een eigen plek. Mentoren werken met het toekomstplan, waarin de jongere per levensgebied opschrijft wat hij wil bereiken.',
    S(1, 2),
  ),
  bold('Reflectie', S(1, 2)),
  p(
    'We merkten dat het toekomstplan soms een formulier werd in plaats van een gesprek. Jongeren gaven aan dat ze vooral willen praten over wat er nu speelt. Daarom voeren mentoren sinds het najaar het gesprek over kwaliteit van leven eerst en vullen ze het plan pas daarna in.',
    S(1, 2),
  ),
  bold('Successen', S(1, 2)),
  {
    k: 'ul',
    items: [
      li('27 jongeren haalden een diploma of startkwalificatie;', S(1, 2)),
      li(
        'in het trainingshuis in Brammelo koken en wonen jongeren zelfstandig met een dagelijks contactmoment.',
        S(1, 2),
      ),
    ],
  },
  bold('Aandachtspunten', S(1, 2)),
  {
    k: 'ul',
    items: [
      li('het vinden van een vervolgplek om te wonen duurt gemiddeld vier maanden te lang;', S(1, 2)),
      li('het leefklimaat op groep Noord scoort lager dan op de andere groepen.', S(1, 2)),
    ],
  },
  p('Doel voor 2026: ieder toekomstplan twee keer per jaar samen met de jongere en zijn mentor bijgesteld.', S(1, 2)),
  bold('Thema 3: Risicogestuurde begeleiding', S(1, 3)),
  p(
    'Algemeen beeld: bij alle justitiabele jongeren wordt het risico ingeschat met de SAVRY. Het begeleidingsplan is bij 78% binnen zes weken klaar; de rest binnen drie maanden. Bij verhoogd risico schalen we op naar dagelijkse contacten en overleg met de jeugdreclassering.',
    S(1, 3),
  ),
  p(
    'Reflectie: de herbeoordeling na zes maanden schiet er in drukke periodes bij in. We hebben daarom een signaal in het dossier ingebouwd.',
    S(1, 3),
  ),
  bold('Thema 4 Betrekken jongere en netwerk', S(1, 4)),
  bold('Algemeen beeld', S(1, 4)),
  p(
    'Ouders en familie betrekken is bij jongeren vanzelfsprekend, maar niet altijd makkelijk. Soms is de relatie met ouders juist een deel van het probleem. We maken daarom per jongere een netwerkkaart en bespreken met hem wie erbij hoort.',
    S(1, 4),
  ),
  bold('Reflectie', S(1, 4)),
  p(
    'Ouders voelen zich soms pas betrokken als het misgaat. Dat willen we omdraaien: ook goed nieuws delen we.',
    S(1, 4),
  ),
  bold('Successen', S(1, 4)),
  {
    k: 'ul',
    items: [
      li('bij 81% van de jongeren was een ouder of andere naaste bij het evaluatiegesprek;', S(1, 4)),
      li('de eerste oudergroep van het ambulante team is gestart.', S(1, 4)),
    ],
  },
  bold('Aandachtspunten', S(1, 4)),
  {
    k: 'ul',
    items: [
      li(
        'jongeren boven de 18 willen hun ouders vaker niet betrekken; daar moeten we een goede afweging in maken.',
        S(1, 4),
      ),
    ],
  },
  p(
    'In 2026 gaan we met de familieraad een handreiking schrijven voor het betrekken van naasten bij jongvolwassenen.',
    S(1, 4),
  ),

  // ----- pillar 2
  bold('Pijler 2 Forensisch vakmanschap', S(2)),
  p(
    'Onze mentoren en gedragswetenschappers werken met een zware doelgroep. Dat vraagt een goede opleiding en blijvend leren.',
    S(2),
  ),
  bold('Bekwaam en bevoegd: BIG- en SKJ-registratie', S(2, 5)),
  p(
    'Algemeen beeld: alle jeugdzorgwerkers zijn SKJ-geregistreerd en alle gedragswetenschappers zijn BIG- of SKJ-geregistreerd. Nieuwe collega’s werken het eerste halfjaar onder begeleiding van een ervaren collega voordat zij als bekwaam worden aangemerkt.',
    S(2, 5),
  ),
  p(
    'Aandachtspunt: de herregistratie van vier collega’s liep in 2025 bijna af doordat de punten niet op tijd waren ingevoerd.',
    S(2, 5),
  ),
  bold('Thema 6: Opleidingsplan', S(2, 6)),
  bold('Algemeen beeld', S(2, 6)),
  p(
    'Het opleidingsplan 2025–2027 is in maart vastgesteld. Iedere nieuwe medewerker volgt de introductieweek en de modules forensische jeugdzorg. Daarnaast is er een jaarlijks scholingsprogramma over onderwerpen die uit de praktijk komen.',
    S(2, 6),
  ),
  bold('Reflectie', S(2, 6)),
  p(
    'Het plan wordt goed gevolgd door nieuwe collega’s, maar ervaren collega’s schuiven scholing vaak door. Teamleiders krijgen daarom per kwartaal een overzicht.',
    S(2, 6),
  ),
  bold('Successen', S(2, 6)),
  {
    k: 'ul',
    items: [
      li('92% van de medewerkers rondde de modules forensische jeugdzorg af;', S(2, 6)),
      li('acht stagiairs en drie zij-instromers startten bij Horizon.', S(2, 6)),
    ],
  },
  bold('Aandachtspunten', S(2, 6)),
  {
    k: 'ul',
    items: [li('de training omgaan met agressie moet vaker worden herhaald dan eens per twee jaar.', S(2, 6))],
  },
  p('Doel voor 2026: de agressietraining jaarlijks voor alle medewerkers van de woongroepen.', S(2, 6)),
  bold('Thema 7: Ervaringsdeskundigheid', S(2, 7)),
  p(
    'Algemeen beeld: Horizon heeft nog geen ervaringsdeskundigen in dienst. Wel praat een jongerencoach met eigen ervaring met justitie twee keer per maand met jongeren in Veenwolde.',
    S(2, 7),
  ),
  p('In 2026 gaan we een visie op ervaringsdeskundigheid opstellen en de eerste ervaringsdeskundige werven.', S(2, 7)),

  // ----- pillar 3
  bold('Organisatie van zorg', S(3)),
  p('In deze pijler gaat het om het kwaliteitssysteem, leren en meten.', S(3)),
  bold('Thema 8: Kwaliteitsmanagement', S(3, 8)),
  p(
    'Algemeen beeld: Horizon heeft het HKZ-certificaat voor jeugdhulp. De tussentijdse audit in juni leverde twee verbeterpunten op, beide over het actueel houden van protocollen. Die zijn inmiddels afgerond.',
    S(3, 8),
  ),
  p('Reflectie: ons verbeterregister is lang geworden; we maken in 2026 keuzes in wat echt prioriteit heeft.', S(3, 8)),
  bold('Leren van incidenten en moreel beraad', S(3, 9)),
  bold('Algemeen beeld', S(3, 9)),
  p(
    'Incidenten worden gemeld en eens per maand per team besproken. Daarnaast hebben we in 2025 het moreel beraad ingevoerd: teams bespreken onder leiding van een getrainde gespreksleider een situatie waarin ze niet wisten wat goed was om te doen.',
    S(3, 9),
  ),
  bold('Reflectie', S(3, 9)),
  p(
    'Teams leren van incidenten als ze er samen over praten, niet als de analyse alleen op papier staat. Het moreel beraad helpt daarbij.',
    S(3, 9),
  ),
  bold('Successen', S(3, 9)),
  {
    k: 'ul',
    items: [
      li('alle teams hielden ten minste drie keer een moreel beraad;', S(3, 9)),
      li('na een ernstig incident kreeg iedere betrokken medewerker binnen een dag een nazorggesprek.', S(3, 9)),
    ],
  },
  bold('Aandachtspunten', S(3, 9)),
  { k: 'ul', items: [li('de terugkoppeling van verbeteracties naar de melder gebeurt nog niet altijd.', S(3, 9))] },
  p('Doel voor 2026: iedere melder hoort binnen een maand wat er met zijn melding is gedaan.', S(3, 9)),
  bold('Thema 10: Cliëntmetingen', S(3, 10)),
  p(
    'Algemeen beeld: jongeren vullen na drie maanden en bij vertrek een korte vragenlijst in. In 2025 gaven zij gemiddeld een 7,4; justitiabele jongeren een 7,1. Jongeren waarderen hun mentor, maar vinden de regels op de groep soms willekeurig.',
    S(3, 10),
  ),
  p('In 2026 gaan we de uitkomsten per groep met de jongeren bespreken in de groepsvergadering.', S(3, 10)),
  bold('Thema 11: Medewerkersmetingen', S(3, 11)),
  p(
    'Algemeen beeld: het medewerkersonderzoek had een respons van 68%; medewerkers gaven Horizon een 7,5 als werkgever. De uitkomsten zijn per team besproken.',
    S(3, 11),
  ),

  // ----- pillar 4, as "Samenwerking"
  bold('Samenwerking', S(4)),
  p(
    'Jongeren hebben vaak met veel organisaties te maken. Wij willen dat zij daar zo weinig mogelijk last van hebben.',
    S(4),
  ),
  bold('Thema 12: Samenwerking in de keten', S(4, 12)),
  p(
    'Algemeen beeld: we werken nauw samen met de jeugdreclassering, de Raad voor de Kinderbescherming, het onderwijs en de gemeenten. Met de jeugdreclassering is er voor iedere justitiabele jongere een vast driegesprek.',
    S(4, 12),
  ),
  p(
    'Reflectie: de samenwerking met scholen verschilt sterk per school. Met twee scholen voor speciaal onderwijs zijn nu vaste afspraken gemaakt.',
    S(4, 12),
  ),
  bold('Thema 13 Regionale netwerken', S(4, 13)),
  p(
    'Algemeen beeld: Horizon neemt deel aan het regionale jeugdnetwerk zorg en veiligheid en aan een lerend netwerk van vijf jeugdzorgaanbieders met forensische jongeren.',
    S(4, 13),
  ),
  bold('Thema 14: Overdracht en stapelzorg', S(4, 14)),
  p(
    'Algemeen beeld: rond de 18e verjaardag van een jongere is een goede overdracht naar volwassenenzorg cruciaal. We beginnen een jaar van tevoren met het plannen van die overgang, samen met de jongere, de gemeente en de nieuwe aanbieder.',
    S(4, 14),
  ),
  p(
    'Doel voor 2026: voor iedere jongere die 18 wordt een overgangsplan, uiterlijk zes maanden voor zijn verjaardag.',
    S(4, 14),
  ),

  // ----- pillar 5
  bold('Informeren over resultaten', S(5)),
  p(
    'Deze rapportage staat op onze website en is besproken met de jongerenraad, de ouderraad en de ondernemingsraad.',
    S(5),
  ),
  p(
    'Omdat de instroom van justitiabele jongeren in 2024 onder de vijftien lag, waren wij vrijgesteld van het aanleveren van de forensische prestatie-indicatoren.',
    S(5),
  ),
  p('In 2026 gaan we een jongerenversie van deze rapportage maken, in de vorm van een korte video.', S(5)),

  bold('Leeswijzer', G),
  p(
    'De rapportage volgt de vier pijlers met thema’s en sluit af met het informeren over resultaten. Per thema vindt u een algemeen beeld, een reflectie, successen en aandachtspunten, en waar van toepassing een doel voor 2026.',
    G,
  ),
  bold('Colofon', G),
  p(
    'Jeugdzorg Horizon, Stationsweg 14, Veenwolde. Samenstelling: stafafdeling Kwaliteit. Vastgesteld door de bestuurder op 28 april 2026.',
    G,
  ),
];

// =========================================================================================================

interface Report {
  name: string;
  items: Item[];
  meta: DocMeta;
  fixedIso: string;
  fixedZipTime: Date;
  png?: Uint8Array;
}

const REPORTS: Report[] = [
  {
    name: 'kompas-2024',
    items: KOMPAS,
    meta: {
      title: 'Kwaliteitsverslag 2024',
      subject: 'Kwaliteitsverslag forensische zorg (fictief testverslag)',
      creator: 'Stichting Kompas Zorg (fictief)',
      lastModifiedBy: 'KKFZ-assistent scripts/make-heldout.ts',
      description: 'Fictief verslag voor de KKFZ-assistent. Organisatie, plaatsen, personen en cijfers zijn verzonnen.',
      keywords: 'KKFZ, kwaliteitsverslag, forensische zorg, test',
    },
    fixedIso: '2025-04-14T09:00:00Z',
    fixedZipTime: new Date(2025, 3, 14, 9, 0, 0),
  },
  {
    name: 'debrug-2025',
    items: DEBRUG,
    meta: {
      title: 'Jaarverslag 2025',
      subject: 'Jaarverslag met kwaliteitsverslag forensische zorg (fictief testverslag)',
      creator: 'Forensisch Centrum De Brug (fictief)',
      lastModifiedBy: 'KKFZ-assistent scripts/make-heldout.ts',
      description:
        'Fictief jaarverslag voor de KKFZ-assistent. Organisatie, plaatsen, personen en cijfers zijn verzonnen.',
      keywords: 'KKFZ, jaarverslag, forensische zorg, test',
    },
    fixedIso: '2026-04-20T09:00:00Z',
    fixedZipTime: new Date(2026, 3, 20, 9, 0, 0),
    png: barChartPng([6.6, 6.9, 7.2]),
  },
  {
    name: 'horizon-2025',
    items: HORIZON,
    meta: {
      title: 'Kwaliteitsrapportage 2025',
      subject: 'Kwaliteitsrapportage forensische jeugdzorg (fictief testverslag)',
      creator: 'Jeugdzorg Horizon (fictief)',
      lastModifiedBy: 'KKFZ-assistent scripts/make-heldout.ts',
      description:
        'Fictieve rapportage voor de KKFZ-assistent. Organisatie, plaatsen, personen en cijfers zijn verzonnen.',
      keywords: 'KKFZ, kwaliteitsrapportage, forensische zorg, jeugd, test',
    },
    fixedIso: '2026-05-11T09:00:00Z',
    fixedZipTime: new Date(2026, 4, 11, 9, 0, 0),
  },
];

for (const r of REPORTS) {
  const docxOut = join(OUT_DIR, `${r.name}.docx`);
  const goldOut = join(OUT_DIR, `${r.name}.gold.jsonl`);
  const { bytes, blocks, expected, messages } = await writeFixture({
    report: r.items,
    meta: r.meta,
    docxOut,
    goldOut,
    fixedIso: r.fixedIso,
    fixedZipTime: r.fixedZipTime,
    png: r.png,
  });
  const formerHeadings = expected.flatMap((e, k) => (e.boldOnly || e.plainHeading ? [k] : []));
  const section = expected.filter((e) => e.label.basis === 'section').length;
  console.log(
    `${r.name}: ${bytes.length} bytes; blocks ${blocks.length}; per pillar p0..p5: ${perPillar(expected).join(' ')}; basis section ${section}, topic ${blocks.length - section}`,
  );
  if (formerHeadings.length) console.log(`  former headings as normal paragraphs: ${formerHeadings.join(' ')}`);
  for (const m of new Set(messages)) console.log(`  mammoth ${m}`);
}
