// @vitest-environment happy-dom
// The export as the extension's page runs it: a browser-like global scope, with Node's Buffer taken away so
// nothing on the way can lean on it.
import { afterEach, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportCarryDocx } from '../../lib/carry/export-docx';
import { carryDraft } from '../support/carry-draft';

afterEach(() => vi.unstubAllGlobals());

it('exports a .docx without Node’s Buffer, as bytes a Blob download can take', async () => {
  vi.stubGlobal('Buffer', undefined);
  const bytes = await exportCarryDocx(carryDraft());
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
  const files = unzipSync(bytes);
  expect(strFromU8(files['word/document.xml']!)).toContain('Kwaliteitsverslag 2026 — Stichting De Kustlijn');
  expect(files['word/comments.xml']).toBeDefined();
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  expect(blob.size).toBe(bytes.length);
});
