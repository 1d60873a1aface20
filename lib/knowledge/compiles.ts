// Regular expressions in the knowledge data are compiled when it loads: a broken one fails there, with its place,
// instead of on the first report that reaches it.

/** Does the source compile as a Unicode regular expression, as the code runs it? */
export function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
