// Sizes as the author reads them, in binary units as Windows shows file sizes.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../lib/text/bytes';

describe('formatBytes', () => {
  it('picks the unit, with a decimal only from GB up, Dutch decimal comma', () => {
    expect(formatBytes(0, 'nl')).toBe('0 bytes');
    expect(formatBytes(1000, 'nl')).toBe('1.000 bytes');
    expect(formatBytes(64 * 1024, 'en')).toBe('64 kB');
    expect(formatBytes(30 * 1024 * 1024 + 300_000, 'nl')).toBe('30 MB');
    expect(formatBytes(1.5 * 1024 ** 3, 'nl')).toBe('1,5 GB');
    expect(formatBytes(1.5 * 1024 ** 3, 'en')).toBe('1.5 GB');
    expect(formatBytes(4 * 1024 ** 3 - 16, 'en')).toBe('4 GB');
  });
});
