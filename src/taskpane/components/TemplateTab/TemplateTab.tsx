/**
 * Mẫu: a unit's report sheet for this plan, created in this workbook (downloaded outside Excel).
 * The form validates itself (noValidate): an empty unit name gets the pane's own message in the
 * pane's language, through the Field, and focus goes back to the field.
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { templateLayout } from '../../../core/consolidate';
import { reportFileName } from '../../format/reportFileName';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';
import { usePanelStyles } from '../panelStyles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '28em' },
});

export function TemplateTab() {
  const { host, engine, task, fileName, reading, setReading, columns } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const panel = usePanelStyles();
  const [unit, setUnit] = useState('');
  const [period, setPeriod] = useState('');
  const [tried, setTried] = useState(false);
  const unitInput = useRef<HTMLInputElement>(null);
  const missingUnit = unit.trim() === '';

  const create = () => {
    setTried(true);
    if (missingUnit) {
      unitInput.current?.focus();
      return;
    }
    void task.run('writing', async (options) => {
      const overrides = await columns.ready();
      const plan = await engine.plan(await host.readGrids(options), fileName, options, overrides);
      setReading(plan);
      const name = unit.trim();
      const layout = {
        ...templateLayout(plan, name, period.trim() || s.template.periodDefault(plan.planYear), lang),
        name,
      };
      const out = await host.writeSheets([layout], 'submission', reportFileName(name, s.tabs.template), options);
      task.setNotice({
        intent: 'success',
        focus: true,
        text: (w) => (out.kind === 'sheets' ? w.template.created(out.sheets[0]) : w.template.downloaded(out.fileName)),
      });
    });
  };

  return (
    <div>
      <p className={panel.intro}>{s.template.intro}</p>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Field
          label={s.template.unit}
          hint={s.template.unitHint}
          required
          validationState={tried && missingUnit ? 'error' : 'none'}
          validationMessage={tried && missingUnit ? s.template.unitRequired : undefined}
        >
          <Input ref={unitInput} value={unit} onChange={(_, d) => setUnit(d.value)} data-testid="template-unit" />
        </Field>
        <Field label={s.template.period}>
          <Input
            value={period}
            placeholder={s.template.periodDefault(reading?.planYear ?? null)}
            onChange={(_, d) => setPeriod(d.value)}
            data-testid="template-period"
          />
        </Field>
        <div>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={task.busy !== null}
            data-testid="create-template"
          >
            {host.kind === 'excel' ? s.template.create : s.template.download}
          </Button>
        </div>
      </form>
    </div>
  );
}
