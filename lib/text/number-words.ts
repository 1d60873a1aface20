// Small counts as reports write them, in Dutch words or in digits ("de vijf pijlers", "14 thema's").
const WORDS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
];

/** Regex source of a count, capture-free: "(?:vijf|5)"; digits only beyond twenty. */
export const countSource = (n: number): string => (WORDS[n] ? `(?:${WORDS[n]}|${n})` : String(n));
