// The choice of what to fill from, the same in both fill views.
import type { Strings } from '../i18n';
import type { FillSourceChoice } from './useFillSource';

export function SourcePicker({
  choice,
  reportTitle,
  t,
}: {
  choice: FillSourceChoice;
  reportTitle: string;
  t: Strings;
}) {
  return (
    <label class="field">
      <span>{t.fill.source}</span>
      <select value={choice.id} onChange={(e) => choice.choose(e.currentTarget.value)} data-testid="fill-source">
        <option value="report">{t.fill.fromReport(reportTitle)}</option>
        {choice.drafts.map((d) => (
          <option value={d.id}>{t.fill.fromCarry(d.year)}</option>
        ))}
      </select>
    </label>
  );
}
