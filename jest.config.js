/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 60000,
  // Pane tests run in jsdom, which lacks TextDecoder/TextEncoder that the .xlsx host uses.
  setupFiles: ['<rootDir>/test/taskpane/jsdomPolyfills.ts'],
  // A React update outside act() fails the test that logged it (the pane's tests render React).
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/failOnActWarning.ts'],
};
