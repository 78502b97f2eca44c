/** What every tab's panel shares: its introduction and its results heading (focused after an action). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePanelStyles = makeStyles({
  intro: { marginTop: 0 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}`,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  subheading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}`,
  },
  asOf: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});
