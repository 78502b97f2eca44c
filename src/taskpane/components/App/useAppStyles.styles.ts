import { makeStyles, tokens } from '@fluentui/react-components';

/** Narrow-first: the pane opens at 320 px in Excel; nothing may need a wider screen. */
export const useAppStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minWidth: '280px',
    maxWidth: '960px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    minHeight: '100vh',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexGrow: 1, minWidth: 0 },
  // One row even at 320 px (Fluent's selection indicator is misdrawn when tabs wrap): the labels
  // are short enough in both languages, and the row scrolls rather than clips if a font is wider.
  tabs: { flexWrap: 'nowrap', overflowX: 'auto', flexShrink: 0 },
  tab: { paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
  panel: { minHeight: '4em', flexGrow: 1 },
});
