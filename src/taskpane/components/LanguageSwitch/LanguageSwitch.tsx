/** Overrides the language Office picked; a native select is keyboard- and screen-reader-friendly. */
import { Select, makeStyles, useId } from '@fluentui/react-components';
import { LANGS, type Lang } from '../../../core/i18n/lang';
import { useLang, useStrings } from '../../i18n/LangContext';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '6px' },
  select: { minWidth: '8.5em' },
});

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const s = useStrings();
  const id = useId('lang');
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <label htmlFor={id}>{s.languageLabel}</label>
      <Select
        id={id}
        className={styles.select}
        size="small"
        value={lang}
        onChange={(_, d) => setLang(d.value as Lang)}
        data-testid="language"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {s.languageNames[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
