// @vitest-environment happy-dom
// Last year's aspect statuses in the draft for next year: one line with the counts, per pillar a table with
// "Status <year>"; nothing for a draft made before statuses were carried.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CarryAspects } from '../../components/carry/CarryAspects';
import { STRINGS } from '../../components/i18n';
import { aspects } from '../../lib/knowledge/aspects';
import { pillarName } from '../../lib/knowledge/framework';
import { carryDraft } from '../support/carry-draft';

afterEach(cleanup);

describe('CarryAspects', () => {
  it('counts the statuses and lists them per pillar under “Status 2025”', () => {
    const draft = {
      ...carryDraft(),
      aspects: [
        { aspectId: '3.1.1', pillar: 1, aspect: aspects[0]!.title, status: 'gereed' as const },
        { pillar: 1, aspect: 'Veiligheidsrondes', status: 'in-werking' as const },
        { aspectId: '4.1.1', pillar: 2, aspect: aspects.find((a) => a.id === '4.1.1')!.title, status: null },
      ],
    };
    const { container } = render(<CarryAspects draft={draft} t={STRINGS.nl} />);
    expect(container.querySelector('summary')!.textContent).toBe(
      'Status kwaliteitsaspecten 2025: 1 gereed · 1 in werking · 0 niet gestart · 1 zonder status',
    );
    const tables = [...container.querySelectorAll('table')].map((t) => [
      t.querySelector('caption')!.textContent,
      ...[...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    ]);
    expect(tables).toEqual([
      [
        `1. ${pillarName(1)}`,
        ['Kwaliteitsaspect', 'Status 2025'],
        [`3.1.1 ${aspects[0]!.title}`, 'gereed'],
        ['Veiligheidsrondes', 'in werking'],
      ],
      [
        `2. ${pillarName(2)}`,
        ['Kwaliteitsaspect', 'Status 2025'],
        [`4.1.1 ${aspects.find((a) => a.id === '4.1.1')!.title}`, '—'],
      ],
    ]);
    expect(screen.getByText(/lege kolom voor 2026/)).toBeTruthy();
  });

  it('shows nothing for a draft made before statuses were carried', () => {
    const { container } = render(<CarryAspects draft={carryDraft()} t={STRINGS.nl} />);
    expect(container.innerHTML).toBe('');
  });
});
