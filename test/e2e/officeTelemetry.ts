/**
 * The one refusal of the pane's Content-Security-Policy that the end-to-end tests accept.
 *
 * Outside Office, office.js' logger opens a hidden proxy frame on Microsoft's telemetry service,
 * three seconds after it starts, to carry office.js' own logs. The pane's `frame-src` does not list
 * that origin, on purpose: the pane promises that nothing leaves the machine, and refusing the frame
 * is what keeps the promise (the pane's own work never needs it). So the browser refuses it, reports
 * a `frame-src` violation and prints one console error. Exactly that is accepted here: a `frame-src`
 * refusal of an https URL on OFFICE_TELEMETRY_HOST. Any other directive, any other origin, and any
 * request that actually leaves the test server still fail the tests (officeTelemetry.test.ts shows
 * both sides of the line).
 */

/** The host of office.js' telemetry proxy frame (`…/telemetryservice/telemetryproxy.html`). */
export const OFFICE_TELEMETRY_HOST = 'telemetryservice.firstpartyapps.oaspapps.com';

/** A `securitypolicyviolation` event, as the tests record it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
}

function onTelemetryHost(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname === OFFICE_TELEMETRY_HOST;
  } catch {
    return false;
  }
}

/** Is this violation the refusal of office.js' telemetry frame, and nothing else? */
export function isRefusedTelemetryFrame(v: CspViolation): boolean {
  return v.directive === 'frame-src' && onTelemetryHost(v.blockedURI);
}

/**
 * Chromium's console error for a frame that frame-src refused: "Framing 'URL' violates … The request
 * has been blocked." (the Debian chromium here), "Refused to frame 'URL' because it violates …"
 * (older ones). Both name the directive, which must be frame-src.
 */
const REFUSED_FRAME = [
  /^Framing '([^']+)' violates the following Content Security Policy directive: "frame-src [^"]*"\. The request has been blocked\.\s*$/,
  /^Refused to frame '([^']+)' because it violates the following Content Security Policy directive: "frame-src [^"]*"\.\s*$/,
];

/** Is this console error the one Chromium prints when it refuses office.js' telemetry frame? */
export function isRefusedTelemetryFrameMessage(text: string): boolean {
  return REFUSED_FRAME.some((re) => {
    const m = re.exec(text);
    return m !== null && onTelemetryHost(m[1]);
  });
}
