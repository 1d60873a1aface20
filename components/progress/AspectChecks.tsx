// The checks on the report's quality aspects, one line per kind with its count, opened for the details.
import type { AspectCheck, AspectCheckKind } from '@/lib/aspects/checks';
import type { Strings } from '../i18n';

const KINDS: AspectCheckKind[] = ['empty-cells', 'disagrees', 'unaddressed'];

export function AspectChecks({
  checks,
  lang,
  t,
  onShowBlock,
}: {
  checks: AspectCheck[];
  lang: 'nl' | 'en';
  t: Strings;
  onShowBlock(i: number): void;
}) {
  return (
    <section class="aspect-checks" aria-labelledby="aspect-checks-title" data-testid="aspect-checks">
      <h4 id="aspect-checks-title">{t.progress.checks}</h4>
      {checks.length === 0 && <p class="meta">{t.progress.noChecks}</p>}
      {KINDS.map((kind) => {
        const of = checks.filter((c) => c.kind === kind);
        if (!of.length) return null;
        return (
          <details data-check-kind={kind}>
            <summary>{t.progress.checkKinds[kind](of.length)}</summary>
            <ul>
              {of.map((c) => (
                <li>
                  {c[lang]}{' '}
                  {c.block !== null && (
                    <button
                      type="button"
                      class="link"
                      onClick={() => onShowBlock(c.block!)}
                      aria-label={`${t.progress.showTable}: ${c[lang]}`}
                    >
                      {t.progress.showTable}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
