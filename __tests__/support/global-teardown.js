const fs = require('fs');

module.exports = async () => {
  const dir = process.env.VPN_JEST_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
