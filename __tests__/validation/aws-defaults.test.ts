/** AWS's values are stated once (src/model/aws-defaults.ts, from the field table) and the construct's static defaults are those values. */
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as aws from '../../src/model/aws-defaults';
import { RedundantVpn } from '../../src';
import { TUNNEL_OPTION_FIELDS } from '../../src/model/tunnel-option-fields';

describe('AWS defaults', () => {
  it('the construct, the validation and vpn-device-config share one set of values', () => {
    expect(RedundantVpn.DEFAULT_AMAZON_SIDE_ASN).toBe(64512);
    expect(aws.DEFAULT_AMAZON_SIDE_ASN).toBe(64512);
    const { AWS_DEFAULTS } = aws;
    // The allowed groups are the field table's; unset, AWS offers every allowed group.
    expect(aws.PHASE1_DH_GROUPS).toBe(TUNNEL_OPTION_FIELDS.phase1DhGroupNumbers.values);
    expect(AWS_DEFAULTS.phase1DhGroups).toEqual(aws.PHASE1_DH_GROUPS);
    expect(AWS_DEFAULTS.phase2DhGroups).toEqual(aws.PHASE2_DH_GROUPS);
    expect([...aws.PHASE1_DH_GROUPS]).toEqual([2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect([...aws.PHASE2_DH_GROUPS]).toEqual([2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect([aws.AWS_DEFAULT_PHASE1_LIFETIME, aws.AWS_DEFAULT_PHASE2_LIFETIME]).toEqual([28800, 3600]);
    expect([AWS_DEFAULTS.phase1LifetimeSeconds, AWS_DEFAULTS.phase2LifetimeSeconds]).toEqual([28800, 3600]);
    expect([AWS_DEFAULTS.dpdTimeoutAction, AWS_DEFAULTS.startupAction]).toEqual(['clear', 'add']);
  });

  it('vpn-device-config still loads no cdktf module', () => {
    const script = `
      const Module = require('module');
      const load = Module._load;
      const loaded = [];
      Module._load = function (request, ...rest) {
        if (/^(cdktf|constructs|@cdktf\\/)/.test(request)) loaded.push(request);
        return load.call(this, request, ...rest);
      };
      require('./src/device-config/index.ts');
      require('./src/device-config/cli.ts');
      process.stdout.write(JSON.stringify(loaded));
    `;
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });
});
