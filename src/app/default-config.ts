/**
 * The embedded default: what `npm run synth` builds with no config file. Realistic placeholder
 * ids (no AWS account is contacted at synth), two devices in one data center, static routing,
 * the strong tunnel profile.
 */
import { RoutingMode } from '../model/props';
import { TunnelProfiles } from '../model/profiles';
import type { StackSpec } from '../config/load-config';

export const DEFAULT_STACKS: StackSpec[] = [
  {
    name: 'site-to-site-vpn-example',
    region: 'eu-west-1',
    vpn: {
      vpcId: 'vpc-0a1b2c3d4e5f60718',
      routeTableIds: ['rtb-0a1b2c3d4e5f60718', 'rtb-0f1e2d3c4b5a69788'],
      amazonSideAsn: 64512,
      routing: RoutingMode.STATIC,
      staticRoutes: ['10.20.0.0/16', '10.30.0.0/16'],
      customerGateways: [
        { name: 'dc1-edge-a', ipAddress: '198.51.100.10', bgpAsn: 65010 },
        { name: 'dc1-edge-b', ipAddress: '198.51.100.20', bgpAsn: 65010 },
      ],
      // Shows the recommended profile (IKEv2, AES-256, SHA-2, DH 14/19–21); no synth warnings.
      tunnelOptions: TunnelProfiles.strong(),
      tags: { Project: 'site-to-site-vpn' },
    },
  },
];
