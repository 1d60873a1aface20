// The mapping's rules, each with its confidence in one place, in the order map.ts tries them: first what a
// block is wherever it stands, then what its section's heading says, then what is left. Every mapping
// names the rule that decided its pillar (`Mapping.rule`), so `npm run eval -- --rules` can show per rule how
// often it fired and how often it was right, and a rule that only fits one report shows itself.
//
// Headings decide sections (kop-*); a section without a heading of its own words is decided by its content
// (sectie-inhoud) or by the section around it; blocks follow their section unless they carry a label or are
// key figures. A rule's confidence is the share of blocks it got right over every labelled report in every
// eval mode (styled, flattened, stripped of its naming: `npm run eval -- --rules`); a block whose own words
// point elsewhere than the rule decided gets less (CONFLICT). Below UNSURE the map is unsure, says so, and
// the workspace asks the user to confirm those first.

export const RULES = {
  // what a block is, whatever section it stands in
  inhoudsopgave: { confidence: 0.95, nl: 'inhoudsopgave: noemt onderdelen, verantwoordt er geen' },
  'overzicht-themas': { confidence: 0.9, nl: 'overzicht van thema’s uit meerdere pijlers (planning, lijst)' },
  badge: { confidence: 0.8, nl: 'los pijlernummer vlak voor de kop van die pijler' },
  'label-aan-begin': { confidence: 0.9, nl: 'begint met een pijler- of themalabel' },
  kengetallen: { confidence: 0.6, nl: 'cijfers over cliënten, omzet of indicatoren: kengetallen' },
  'kader-algemeen': { confidence: 0.8, nl: 'gaat over het kwaliteitskader als geheel (meerdere pijlers)' },
  // a section, from its heading (its blocks follow it)
  'kop-pijler': { confidence: 0.95, nl: 'kop noemt een pijler (naam of nummer)' },
  'kop-thema': { confidence: 0.9, nl: 'kop noemt een thema' },
  'kop-kengetallen': { confidence: 0.75, nl: 'kop over kengetallen of resultaten' },
  'pijler-sectie': { confidence: 0.9, nl: 'binnen de sectie van een pijler' },
  'kop-kwaliteitsaspect': { confidence: 0.85, nl: 'kop noemt een kwaliteitsaspect' },
  'kop-woorden': { confidence: 0.75, nl: 'woorden in de kop wijzen naar één pijler' },
  'kop-artikel': { confidence: 0.7, nl: 'kop verwijst naar een KKFZ-artikel' },
  'kop-algemeen': { confidence: 0.85, nl: 'algemene kop (inleiding, organisatie, missie, leeswijzer, …)' },
  // a section without words of its own in its heading, or a block that differs from its section
  'sectie-inhoud': { confidence: 0.65, nl: 'de woorden van de hele sectie wijzen naar één pijler' },
  'eigen-woorden': { confidence: 0.6, nl: 'eigen woorden wijzen duidelijk naar één pijler' },
  'geen-bewijs': { confidence: 0.5, nl: 'geen pijler herkend: algemeen (onzeker)' },
} as const;

export type RuleId = keyof typeof RULES;

/** Below this the map is unsure of a block and says so. */
export const UNSURE = 0.6;

/** The map is unsure of a block it mapped itself (a user's correction is sure). */
export const isUnsure = (m: { confidence: number; basis: string }) => m.basis !== 'user' && m.confidence < UNSURE;

/** A block whose own words clearly point to another pillar than the one decided. */
export const CONFLICT = 0.7;

export const confidenceOf = (rule: RuleId, factor = 1) => Math.round(RULES[rule].confidence * factor * 100) / 100;
