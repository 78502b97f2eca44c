/** "Tính đến 30/09/2024": every result says which date it was computed against. */
import { formatDate } from '../../../core/i18n/format';
import { useStrings } from '../../i18n/LangContext';
import { usePanelStyles } from '../panelStyles';

export function AsOfLine({ asOf }: { asOf: string }) {
  const s = useStrings();
  const panel = usePanelStyles();
  return (
    <p className={panel.asOf} data-testid="as-of-line">
      {s.date.asOfLine(formatDate(asOf))}
    </p>
  );
}
