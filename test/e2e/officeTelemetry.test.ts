/** The end-to-end tests' one allowance accepts office.js' refused telemetry frame, and nothing else. */
import { isRefusedTelemetryFrame, isRefusedTelemetryFrameMessage } from './officeTelemetry';

const TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';
const PROXY = `${TELEMETRY}/telemetryservice/telemetryproxy.html`;
const FRAME_SRC =
  "frame-src 'self' https://appsforoffice.microsoft.com https://officeapis.public.onecdn.static.microsoft";

/** Chromium's console line for a refused frame, as the Debian chromium here printed it for the proxy frame. */
function framing(url: string, directive = FRAME_SRC): string {
  return `Framing '${url}' violates the following Content Security Policy directive: "${directive}". The request has been blocked.\n`;
}

/** The same, as older Chromium words it. */
function refusedFrame(url: string, directive = FRAME_SRC): string {
  return `Refused to frame '${url}' because it violates the following Content Security Policy directive: "${directive}".\n`;
}

describe('the refused telemetry frame (a securitypolicyviolation event)', () => {
  it('is accepted: frame-src refusing the telemetry host, as Chromium reports it (origin only) or in full', () => {
    expect(isRefusedTelemetryFrame({ directive: 'frame-src', blockedURI: TELEMETRY })).toBe(true);
    expect(isRefusedTelemetryFrame({ directive: 'frame-src', blockedURI: PROXY })).toBe(true);
  });

  it('is the only one: another directive on that host, or frame-src on any other origin, is not', () => {
    for (const directive of [
      'script-src',
      'script-src-elem',
      'connect-src',
      'img-src',
      'child-src',
      'default-src',
      'worker-src',
    ])
      expect(isRefusedTelemetryFrame({ directive, blockedURI: PROXY })).toBe(false);
    for (const blockedURI of [
      'https://appsforoffice.microsoft.com/lib/1/hosted/telemetryproxy.html',
      'https://example.com/telemetryservice/telemetryproxy.html',
      'https://telemetryservice.firstpartyapps.oaspapps.com.example.com/',
      'https://evil.telemetryservice.firstpartyapps.oaspapps.com/',
      'https://oaspapps.com/',
      'http://telemetryservice.firstpartyapps.oaspapps.com/',
      'inline',
      'eval',
      '',
    ])
      expect(isRefusedTelemetryFrame({ directive: 'frame-src', blockedURI })).toBe(false);
  });
});

describe("the refused telemetry frame (Chromium's console error)", () => {
  it('is accepted, in either wording', () => {
    for (const line of [framing, refusedFrame]) {
      expect(isRefusedTelemetryFrameMessage(line(`${TELEMETRY}/`))).toBe(true);
      expect(isRefusedTelemetryFrameMessage(line(PROXY))).toBe(true);
    }
  });

  it('is the only one: a frame from elsewhere, another refusal of that host, any other error, is not', () => {
    for (const line of [framing, refusedFrame]) {
      expect(isRefusedTelemetryFrameMessage(line('https://example.com/'))).toBe(false);
      expect(isRefusedTelemetryFrameMessage(line('https://telemetryservice.firstpartyapps.oaspapps.com.evil/'))).toBe(
        false,
      );
      expect(isRefusedTelemetryFrameMessage(line('http://telemetryservice.firstpartyapps.oaspapps.com/'))).toBe(false);
      // Without frame-src the refusal would come from default-src: not the pane's policy, not accepted.
      expect(isRefusedTelemetryFrameMessage(line(PROXY, "default-src 'self'"))).toBe(false);
      expect(isRefusedTelemetryFrameMessage(`TypeError: x is undefined ${line(PROXY)}`)).toBe(false);
    }
    expect(
      isRefusedTelemetryFrameMessage(
        `Loading the script '${PROXY}' violates the following Content Security Policy directive: "script-src 'self'". The action has been blocked.`,
      ),
    ).toBe(false);
    expect(
      isRefusedTelemetryFrameMessage(
        `Connecting to '${PROXY}' violates the following Content Security Policy directive: "connect-src 'self'". The action has been blocked.`,
      ),
    ).toBe(false);
    expect(
      isRefusedTelemetryFrameMessage(
        `Refused to load the script '${PROXY}' because it violates the following Content Security Policy directive: "script-src 'self'".`,
      ),
    ).toBe(false);
    expect(isRefusedTelemetryFrameMessage(`Failed to load resource: net::ERR_FAILED ${PROXY}`)).toBe(false);
    expect(isRefusedTelemetryFrameMessage('')).toBe(false);
  });
});
