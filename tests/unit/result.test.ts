// One Result shape for every outcome that can fail in an expected way, and one Localised text in its errors.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { fail, ok, type Result } from '../../lib/result';
import { Localised, pick } from '../../lib/text/localised';
import { analyseDocx } from '../../lib/analyse';
import { importDocx } from '../../lib/docx/import';
import { inspectDocx } from '../../lib/docx/inspect';
import { readBackup } from '../../lib/storage/backup';
import { fromAnnotationCollection } from '../../lib/annotate/web-annotation';

const warning = { type: 'warning' as const, code: 'w', nl: 'Let op', en: 'Mind' };

describe('ok and fail', () => {
  it('carry the value or the error, with the messages (none unless given)', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3, messages: [] });
    const no = { nl: 'Nee', en: 'No' };
    expect(fail(no, [warning])).toEqual({ ok: false, error: no, messages: [warning] });
  });

  it('narrow on ok, so a caller reaches the value only when there is one', () => {
    const results: Result<number>[] = [ok(1, [warning]), fail({ nl: 'Nee', en: 'No' })];
    expect(results.map((r) => (r.ok ? r.value : pick(r.error, 'en')))).toEqual([1, 'No']);
  });
});

describe('every refusal in lib has the one shape, its error a Localised text', () => {
  const refusals: [string, () => Promise<Result<unknown, unknown>> | Result<unknown, unknown>][] = [
    ['inspectDocx', () => inspectDocx(strToU8('%PDF-1.4'))],
    ['importDocx', () => importDocx(strToU8('%PDF-1.4'))],
    ['analyseDocx', () => analyseDocx(new Uint8Array())],
    ['readBackup', () => readBackup('geen json')],
    ['fromAnnotationCollection', () => fromAnnotationCollection('geen json', 'r')],
  ];
  it.each(refusals)('%s', async (_, refuse) => {
    const r = await refuse();
    expect(Object.keys(r).sort()).toEqual(['error', 'messages', 'ok']);
    if (r.ok) throw new Error('accepted');
    expect(Localised.safeParse(r.error).success).toBe(true);
    expect(pick(Localised.parse(r.error), 'nl')).not.toBe(pick(Localised.parse(r.error), 'en'));
  });
});
