// Every Testing.* call leaves a cdktf.outdir.* folder in the temp dir: give the run its own temp
// dir (workers inherit TMPDIR) and remove it in global-teardown.js.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vpn-jest-'));
  process.env.VPN_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  process.env.CHECKPOINT_DISABLE = '1';
};
