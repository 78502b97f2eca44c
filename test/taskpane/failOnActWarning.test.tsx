/**
 * @jest-environment jsdom
 *
 * The guard every test runs under (failOnActWarning.ts, jest.config.js): a React update outside
 * act() is seen, even with console.error silenced, and an update the test awaits is not.
 */
import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { takeActWarnings } from './failOnActWarning';

/** Shows "loading", then "loaded" once a promise it starts at mount resolves. */
function LoadsAtMount() {
  const [text, setText] = useState('loading');
  useEffect(() => {
    void Promise.resolve().then(() => setText('loaded'));
  }, []);
  return <p>{text}</p>;
}

/** What a test that does not wait for the pane does: it goes on while the update lands. */
const somethingElse = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the act() guard', () => {
  it('sees an update the test did not wait for', async () => {
    render(<LoadsAtMount />);
    await somethingElse();
    const warnings = takeActWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/An update to LoadsAtMount inside a test was not wrapped in act/);
  });

  it('sees it with console.error silenced by a spy', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<LoadsAtMount />);
    await somethingElse();
    expect(quiet).toHaveBeenCalled();
    expect(takeActWarnings()).toHaveLength(1);
    quiet.mockRestore();
  });

  it('sees nothing when the test awaits the final state', async () => {
    render(<LoadsAtMount />);
    expect(await screen.findByText('loaded')).toBeTruthy();
    await somethingElse();
    expect(takeActWarnings()).toEqual([]);
  });
});
