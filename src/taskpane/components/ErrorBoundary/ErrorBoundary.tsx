/** A render crash still leaves words on screen and a way back, never a blank pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import type { Strings } from '../../i18n/strings';

interface Props {
  strings: Strings;
  children: ReactNode;
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
    const s = this.props.strings;
    return (
      <MessageBar intent="error" layout="multiline" aria-labelledby="crash-title" data-testid="error">
        <MessageBarBody>
          <MessageBarTitle id="crash-title">{s.errors.title}</MessageBarTitle>
          {s.errors.unexpected(error.message)} {s.errors.whatNext}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            {s.errors.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
