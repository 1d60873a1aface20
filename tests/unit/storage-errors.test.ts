import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../lib/storage/errors';

describe('describeStorageError', () => {
  it('names a full disk, also when Dexie wraps it in an abort', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(quota).code).toBe('quota');
    expect(describeStorageError(new Dexie.AbortError('aborted', quota)).code).toBe('quota');
    expect(describeStorageError(quota).nl).toMatch(/vol/);
  });

  it('names a database from a newer version and a closed or missing one', () => {
    expect(describeStorageError(new Dexie.VersionError('newer')).code).toBe('version');
    expect(describeStorageError(new Dexie.DatabaseClosedError('closed')).code).toBe('unavailable');
    expect(describeStorageError(new Dexie.MissingAPIError('no indexedDB')).code).toBe('unavailable');
  });

  it('keeps the detail of anything else, in both languages', () => {
    const p = describeStorageError(new Error('disk on fire'));
    expect(p.code).toBe('other');
    expect(p.nl).toContain('disk on fire');
    expect(p.en).toContain('disk on fire');
  });
});
