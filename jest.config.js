/** Jest: @swc/jest transpiles (no type-check here; `tsc --noEmit` does that once), two workers for two cores. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // The real-provider checks need Terraform: `npm run test:provider` (jest.provider.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/provider/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  maxWorkers: 2,
  globalSetup: '<rootDir>/__tests__/support/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/support/global-teardown.js',
};
