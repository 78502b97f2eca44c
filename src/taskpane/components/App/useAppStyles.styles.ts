import { makeStyles, tokens } from '@fluentui/react-components';

/** Narrow-first: the pane opens at 320 px in Excel; nothing may need a wider screen. */
export const useAppStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minWidth: '280px',
    maxWidth: '960px',
    marginInline: 'auto',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // One row even at 320 px: Fluent's selection indicator is misdrawn when tabs wrap.
  tabs: { flexWrap: 'nowrap', overflowX: 'auto' },
  tab: { paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
  panel: { minHeight: '4em' },
});
