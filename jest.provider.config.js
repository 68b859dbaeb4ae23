/** `npm run test:provider`: the checks against the real Terraform AWS provider (terraform + the provider needed). */
const base = require('./jest.config');
module.exports = { ...base, roots: ['<rootDir>/__tests__/provider'], testPathIgnorePatterns: [], testTimeout: 600000, maxWorkers: 2 };
