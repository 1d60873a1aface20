// Text as XML 1.0 allows it. A report can hold characters no XML file may contain, however escaped (a U+FFFE
// copied from another file, a control character from a PDF): Word refuses a .docx with one. None of them is
// anything a reader sees, so they go: C0 controls other than tab, line feed and carriage return, U+FFFE and
// U+FFFF, and halves of surrogate pairs without their other half.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (text: string): string => text.replace(FORBIDDEN, '');
