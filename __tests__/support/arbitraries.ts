/**
 * fast-check arbitraries of RedundantVpn props: `validVpn` (coherent valid props), `vpn` (valid and
 * broken mixed), `chaos` (either, or anything at all). Shared by the property tests of the unit
 * suite and of the real-provider suite.
 */
import fc from 'fast-check';

export const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
export const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

export const publicIp = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map((p) => p.join('.'));
export const anyIp = mostly(publicIp, fc.constantFrom('10.0.0.1', '192.168.1.1', '100.64.0.1', '255.255.255.255', '1.2.3', '01.2.3.4', '', 42));
export const asn = mostly(fc.oneof(fc.integer({ min: 1, max: 65534 }), fc.integer({ min: 4200000000, max: 4294967295 })), fc.constantFrom(0, 7224, 64512, 4294967296, 1.5, '65000', null));
export const insideCidr = mostly(
  fc.integer({ min: 6, max: 255 }).chain((third) => fc.integer({ min: 0, max: 63 }).map((q) => `169.254.${third}.${q * 4}/30`)),
  fc.constantFrom('169.254.1.0/30', '169.254.10.1/30', '169.254.10.0/29', '10.0.0.0/30', 'x'),
);
export const list = <T>(values: T[]) => fc.subarray(values, { minLength: 1 });
export const logGroup = 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn';

export const tunnelOptions = fc.record(
  {
    insideCidr,
    presharedKey: mostly(fc.stringMatching(/^[1-9A-Za-z._][0-9A-Za-z._]{7,40}$/), fc.constantFrom('short', '0leadingzero', 'bad-char-key', 12345678)),
    ikeVersions: mostly(list(['ikev1', 'ikev2']), fc.constantFrom([], ['IKEv2'], 'ikev2')),
    phase1EncryptionAlgorithms: mostly(list(['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16']), fc.constantFrom(['aes256'], [])),
    phase2IntegrityAlgorithms: mostly(list(['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512']), fc.constantFrom(['MD5'])),
    phase1DhGroupNumbers: mostly(list([2, 14, 19, 20, 21, 24]), fc.constantFrom([5], [1, 2], [20, 20])),
    phase2DhGroupNumbers: mostly(list([2, 5, 14, 20]), fc.constantFrom([25], [])),
    phase1LifetimeSeconds: mostly(fc.integer({ min: 900, max: 28800 }), fc.constantFrom(899, 28801, '900')),
    phase2LifetimeSeconds: mostly(fc.integer({ min: 900, max: 3600 }), fc.constantFrom(3601, 10.5)),
    rekeyMarginTimeSeconds: mostly(fc.integer({ min: 60, max: 1800 }), fc.constantFrom(59, 1801)),
    rekeyFuzzPercentage: mostly(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101)),
    replayWindowSize: mostly(fc.integer({ min: 64, max: 2048 }), fc.constantFrom(63, 2049)),
    dpdTimeoutSeconds: mostly(fc.integer({ min: 30, max: 3600 }), fc.constantFrom(29, 0)),
    dpdTimeoutAction: mostly(fc.constantFrom('clear', 'none', 'restart'), fc.constantFrom('Restart', 3)),
    startupAction: mostly(fc.constantFrom('add', 'start'), fc.constantFrom('begin')),
    enableTunnelLifecycleControl: mostly(fc.boolean(), fc.constantFrom('true')),
    insideIpv6Cidr: fc.constant('fd00::/126'),
    logOptions: mostly(
      fc.record({ logEnabled: fc.boolean(), logGroupArn: fc.constant(logGroup), logOutputFormat: fc.constantFrom('json', 'text') }, { requiredKeys: [] }),
      fc.constantFrom({ logEnabled: true }, 'on', { bgpLogGroupArn: 'x' }),
    ),
  },
  { requiredKeys: [] },
).map((o) => {
  // Keep most option sets small so a fair share of configs is valid.
  const keys = Object.keys(o).slice(0, 3);
  return Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
});

export const gateway = (i: number) =>
  fc.record(
    {
      name: mostly(fc.constant(`dc${i}-edge`), fc.constantFrom('', 'bad name', 7)),
      ipAddress: anyIp,
      bgpAsn: asn,
      deviceName: maybe(fc.constantFrom('edge', 'x'.repeat(300))),
      tunnelOptions: maybe(tunnelOptions),
      tunnel1: maybe(tunnelOptions),
      tunnel2: maybe(tunnelOptions),
      tags: maybe(fc.constantFrom({ Site: 'dc' }, { 'aws:x': 'y' })),
    },
    { requiredKeys: ['name', 'ipAddress', 'bgpAsn'] },
  );

export const gateways = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => gateway(i))));

export const vpn = fc.record(
  {
    vpcId: mostly(fc.constant('vpc-0a1b2c3d4e5f60718'), fc.constantFrom('vpc-1', '')),
    vpnGatewayId: maybe(mostly(fc.constant('vgw-0123456789abcdef0'), fc.constantFrom('vgw-x'))),
    vpnGatewayAttached: maybe(fc.boolean()),
    amazonSideAsn: maybe(mostly(fc.constantFrom(64512, 65000, 4200000000), fc.constantFrom(100, 7224, 4294967295))),
    routeTableIds: maybe(fc.subarray(['rtb-0a1b2c3d4e5f60718', 'rtb-0f1e2d3c4b5a69788', 'rtb-0a1b2c3d4e5f60718', 'rtb-1'])),
    routing: maybe(fc.constantFrom('static', 'dynamic', 'bgp')),
    staticRoutes: maybe(fc.subarray(['10.20.0.0/16', '10.30.0.0/16', '10.20.0.0/16', '10.1.2.3/8', '0.0.0.0/0'])),
    customerGateways: gateways,
    tunnelOptions: maybe(tunnelOptions),
    tags: maybe(fc.constantFrom({ Team: 'net' })),
    enableAcceleration: fc.constantFrom(undefined, undefined, undefined, true),
  },
  { requiredKeys: ['customerGateways'] },
);

/**
 * GCM in phase 1 needs IKEv2 (RFC 5282): a layer with GCM-only phase 1 also allows IKEv2, and a
 * layer with IKEv1 only also offers a CBC cipher, so no merge of layers combines the two.
 */
export function ikeCoherent<T extends { ikeVersions?: string[]; phase1EncryptionAlgorithms?: string[] }>(o: T): T {
  const gcmOnly = !!o.phase1EncryptionAlgorithms?.length && o.phase1EncryptionAlgorithms.every((a) => a.includes('GCM'));
  const ikev1Only = !!o.ikeVersions?.length && o.ikeVersions.every((v) => v === 'ikev1');
  if (gcmOnly) return { ...o, ikeVersions: ikev1Only || !o.ikeVersions ? ['ikev1', 'ikev2'] : o.ikeVersions };
  if (ikev1Only && !o.phase1EncryptionAlgorithms?.some((a) => !a.includes('GCM'))) return { ...o, phase1EncryptionAlgorithms: [...(o.phase1EncryptionAlgorithms ?? []), 'AES256'] };
  return o;
}

/** Coherent valid options: lifetimes that fit together, startup "add", logs with their group. */
export const validTunnelOptions = fc.record(
  {
    presharedKey: fc.stringMatching(/^[1-9A-Za-z._][0-9A-Za-z._]{7,40}$/),
    ikeVersions: list(['ikev1', 'ikev2']),
    phase1EncryptionAlgorithms: list(['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16']),
    phase1IntegrityAlgorithms: list(['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512']),
    phase1DhGroupNumbers: list([2, 14, 15, 19, 20, 21, 24]),
    phase2DhGroupNumbers: list([2, 5, 14, 20, 24]),
    phase1LifetimeSeconds: fc.integer({ min: 3601, max: 28800 }),
    phase2LifetimeSeconds: fc.integer({ min: 900, max: 3600 }),
    rekeyMarginTimeSeconds: fc.integer({ min: 60, max: 450 }),
    rekeyFuzzPercentage: fc.integer({ min: 0, max: 100 }),
    replayWindowSize: fc.integer({ min: 64, max: 2048 }),
    dpdTimeoutSeconds: fc.integer({ min: 30, max: 100000 }),
    dpdTimeoutAction: fc.constantFrom('clear', 'none', 'restart'),
    startupAction: fc.constant('add'),
    enableTunnelLifecycleControl: fc.boolean(),
    logOptions: fc.constantFrom({ logEnabled: false }, { logEnabled: true, logGroupArn: logGroup, logOutputFormat: 'text' }, { bgpLogEnabled: true, bgpLogGroupArn: logGroup }),
  },
  { requiredKeys: [] },
).map(ikeCoherent);

/** How a generated valid set is placed: gateway created or imported (attached or not), routing, the profile. */
export function placementOf(v: { imported: 'no' | 'attached' | 'detached'; dynamic: boolean; routes: string[]; amazonSideAsn?: number; profile?: unknown }) {
  return {
    vpcId: v.imported === 'attached' ? undefined : 'vpc-0a1b2c3d4e5f60718',
    vpnGatewayId: v.imported === 'no' ? undefined : 'vgw-0123456789abcdef0',
    vpnGatewayAttached: v.imported === 'attached' ? true : undefined,
    amazonSideAsn: v.amazonSideAsn,
    routing: v.dynamic ? 'dynamic' : 'static',
    staticRoutes: v.dynamic ? undefined : v.routes,
    routeTableIds: ['rtb-0a1b2c3d4e5f60718'],
    tunnelOptions: v.profile,
  };
}

export const validVpn = fc
  .record({
    dynamic: fc.boolean(),
    imported: fc.constantFrom('no', 'attached', 'detached'),
    routes: fc.subarray(['10.20.0.0/16', '10.30.0.0/16', '0.0.0.0/0', '192.0.2.0/24'], { minLength: 1 }),
    count: fc.integer({ min: 2, max: 4 }),
    asns: fc.array(fc.integer({ min: 65001, max: 4294967295 }).filter((a) => a !== 7224), { minLength: 4, maxLength: 4 }),
    profile: maybe(validTunnelOptions),
    perGateway: fc.array(fc.record({ connection: maybe(validTunnelOptions), tunnel2: maybe(validTunnelOptions), cidrs: fc.boolean() }), { minLength: 4, maxLength: 4 }),
    amazonSideAsn: maybe(fc.constantFrom(64512, 65534, 4200000000, 4294967294)),
  })
  .map((v) => ({
    ...placementOf(v),
    customerGateways: Array.from({ length: v.count }, (_, i) => ({
      name: `site-${i}`,
      ipAddress: `203.0.113.${i + 1}`,
      bgpAsn: v.asns[i],
      tunnelOptions: v.perGateway[i].connection,
      // Distinct inside CIDRs per tunnel (a shared one would be rejected, rightly).
      tunnel1: v.perGateway[i].cidrs ? { insideCidr: `169.254.${100 + i}.0/30` } : undefined,
      tunnel2: v.perGateway[i].tunnel2 ? { ...v.perGateway[i].tunnel2, insideCidr: `169.254.${100 + i}.4/30` } : undefined,
    })),
  }));

/** Valid configs, broken ones, and sometimes anything at all in place of the whole VPN. */
export const chaos = fc.oneof({ arbitrary: validVpn, weight: 4 }, { arbitrary: vpn, weight: 4 }, { arbitrary: fc.anything(), weight: 1 });
