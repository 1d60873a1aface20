// A size as a person reads it: "64 MB", "1,5 GB" (Dutch decimal comma) or "1.5 GB". Binary units, as Windows
// Explorer shows file sizes, so the figure matches what the author sees.

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;
const FORMAT = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

export function formatBytes(n: number, lang: 'nl' | 'en'): string {
  let unit = 0;
  while (n >= 1024 && unit < UNITS.length - 1) {
    n /= 1024;
    unit++;
  }
  // a decimal only where it says something: "1,5 GB", not "64,3 MB"
  return `${FORMAT[lang].format(unit >= 3 ? n : Math.round(n))} ${UNITS[unit]}`;
}
