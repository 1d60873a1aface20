// An error nobody foresaw is answered like any refusal: one line on stderr in the chosen language, exit 2, and
// under --json the `{"file","error"}` object on stdout, never "onverwachte fout" alone or a stack trace.
import { describe, expect, it, vi } from 'vitest';
import { kkfz, scratchDir } from '../support/cli';

// the analysis fails the way a parser does: an English message over two lines
vi.mock('../../lib/analyse', () => ({
  analyseDocx: async () => {
    throw new Error('fatalError: unclosed xml attribute\n@#[line:3,col:5]');
  },
}));

const { file } = scratchDir('kkfz-unexpected-');
const docx = () => file('verslag.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));

describe('an unexpected error', () => {
  it('is one line and JSON under --json', async () => {
    const path = docx();
    const r = await kkfz('check', path, '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kkfz: unexpected error: fatalError: unclosed xml attribute @#[line:3,col:5]\n');
    expect(JSON.parse(r.stdout)).toEqual({
      file: path,
      error: { code: 'unexpected', message: 'unexpected error: fatalError: unclosed xml attribute @#[line:3,col:5]' },
    });
  });

  it('is one line in Dutch without --json, and nothing on stdout', async () => {
    const r = await kkfz('check', docx());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kkfz: onverwachte fout: [^\n]+\n$/);
    expect(r.stdout).toBe('');
  });

  it('is one line in a batch row too', async () => {
    const r = await kkfz('check', docx(), docx(), '--json', '--jobs', '1');
    expect(r.code).toBe(2);
    expect(JSON.stringify(JSON.parse(r.stdout))).toMatch(
      /onverwachte fout: fatalError: unclosed xml attribute @#\[line:3,col:5\]/,
    );
  });
});
