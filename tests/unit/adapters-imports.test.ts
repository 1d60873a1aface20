// The edge stays an edge: the browser adapters (components/adapters/, the workers among them) and the
// scripts that run outside the panel (background, the fill script) import lib/ and each other, never a view.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ADAPTERS = join(ROOT, 'components/adapters');
const EDGE = [
  ...readdirSync(ADAPTERS).map((f) => join(ADAPTERS, f)),
  join(ROOT, 'entrypoints/background.ts'),
  join(ROOT, 'entrypoints/fill-form.ts'),
];

/** The project files a module imports, relative to the root; packages left out. */
function importedFiles(file: string): string[] {
  const specifiers = [
    ...readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2]!);
  return specifiers.flatMap((s) => {
    if (s.startsWith('@/')) return [s.slice(2)];
    if (s.startsWith('.')) return [relative(ROOT, resolve(dirname(file), s))];
    return [];
  });
}

describe('adapters and workers', () => {
  it('finds the imports it checks', () => {
    expect(importedFiles(join(ADAPTERS, 'analyse-in-worker.ts'))).toEqual([
      'lib/analyse',
      'lib/docx/import',
      'components/adapters/analyse.worker?worker',
      'components/adapters/analyse-protocol',
      'components/adapters/job-protocol',
      'components/adapters/worker-job',
    ]);
  });

  it.each(EDGE.map((f) => [relative(ROOT, f)]))('%s imports no view', (file) => {
    const views = importedFiles(join(ROOT, file)).filter(
      (f) => !f.startsWith('lib/') && !f.startsWith('components/adapters/'),
    );
    expect(views).toEqual([]);
  });
});
