/** Mẫu: a unit's report sheet for this plan, created in this workbook (downloaded outside Excel). */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { templateLayout } from '../../../core/consolidate';
import { reportFileName } from '../../engine/fileNames';
import { useLang, useStrings } from '../../i18n/LangContext';
import { usePane } from '../../state/PaneContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '28em' },
  intro: { marginTop: 0 },
});

export function TemplateTab() {
  const { host, engine, task, fileName, reading, setReading } = usePane();
  const { lang } = useLang();
  const s = useStrings();
  const styles = useStyles();
  const [unit, setUnit] = useState('');
  const [period, setPeriod] = useState('');
  const [tried, setTried] = useState(false);
  const missingUnit = unit.trim() === '';

  const create = () => {
    setTried(true);
    if (missingUnit) return;
    void task.run('writing', async (options) => {
      const plan = await engine.plan(await host.readGrids(options), fileName, options);
      setReading(plan);
      const name = unit.trim();
      const layout = { ...templateLayout(plan, name, period.trim() || s.template.periodDefault(plan.planYear), lang), name };
      const out = await host.writeSheets([layout], 'submission', reportFileName(name, s.tabs.template), options);
      task.setNotice({ intent: 'success', text: out.kind === 'sheets' ? s.template.created(out.sheets[0]) : s.template.downloaded(out.fileName) });
    });
  };

  return (
    <div>
      <p className={styles.intro}>{s.template.intro}</p>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Field label={s.template.unit} hint={s.template.unitHint} required validationState={tried && missingUnit ? 'error' : 'none'} validationMessage={tried && missingUnit ? s.template.unitRequired : undefined}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} data-testid="template-unit" />
        </Field>
        <Field label={s.template.period}>
          <Input value={period} placeholder={s.template.periodDefault(reading?.planYear ?? null)} onChange={(_, d) => setPeriod(d.value)} data-testid="template-period" />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={task.busy !== null} data-testid="create-template">
            {host.kind === 'excel' ? s.template.create : s.template.download}
          </Button>
        </div>
      </form>
    </div>
  );
}
