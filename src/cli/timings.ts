/** `--timings` figures: milliseconds to one decimal, measured inside the process. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
