/** A render crash still leaves words on screen and a way back, never a blank pane. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useId,
} from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import type { Strings } from '../../i18n/strings';

interface Props {
  strings: Strings;
  children: ReactNode;
}

/** The bar itself, a function component so its title gets an id of its own (two may show at once). */
function CrashBar({ error, strings: s, onRetry }: { error: Error; strings: Strings; onRetry: () => void }) {
  const titleId = useId('crash-title');
  return (
    <MessageBar intent="error" layout="multiline" aria-labelledby={titleId} data-testid="error">
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{s.errors.title}</MessageBarTitle>
        {s.errors.unexpected(error.message)} {s.errors.whatNext}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {s.errors.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error(error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <CrashBar error={error} strings={this.props.strings} onRetry={() => this.setState({ error: null })} />;
  }
}
