/**
 * Generated valid props for the provider check: static and dynamic routing, created and imported
 * (attached or not) gateways, 2–5 devices, and every tunnel option, on the profile, the connection
 * or one tunnel. Derived from the valid-props arbitrary of __tests__/validation/property.test.ts
 * (copied here, wider: up to 5 devices, every option field, monitoring and logging settings); the
 * shared arbitraries module will replace both copies.
 */
import fc from 'fast-check';
import type { RedundantVpnProps } from '../../../src';
import { ikeCoherent, placementOf } from '../../support/arbitraries';

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const list = <T>(values: T[]) => fc.subarray(values, { minLength: 1 });
const logGroup = 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn';

/** The most devices a generated VPN has. */
export const MAX_DEVICES = 5;

/** Coherent options: lifetimes that fit together, startup "start" only with IKEv2 only. */
export const validTunnelOptions = fc
  .record(
    {
      presharedKey: fc.stringMatching(/^[1-9A-Za-z._][0-9A-Za-z._]{7,63}$/),
      ikeVersions: list(['ikev1', 'ikev2']),
      phase1EncryptionAlgorithms: list(['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16']),
      phase1IntegrityAlgorithms: list(['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512']),
      phase1DhGroupNumbers: list([2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]),
      phase1LifetimeSeconds: fc.integer({ min: 3601, max: 28800 }),
      phase2EncryptionAlgorithms: list(['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16']),
      phase2IntegrityAlgorithms: list(['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512']),
      phase2DhGroupNumbers: list([2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]),
      phase2LifetimeSeconds: fc.integer({ min: 900, max: 3600 }),
      rekeyMarginTimeSeconds: fc.integer({ min: 60, max: 450 }),
      rekeyFuzzPercentage: fc.integer({ min: 1, max: 100 }),
      replayWindowSize: fc.integer({ min: 64, max: 2048 }),
      dpdTimeoutSeconds: fc.integer({ min: 30, max: 100000 }),
      dpdTimeoutAction: fc.constantFrom('clear', 'none', 'restart'),
      startupAction: fc.constantFrom('add', 'start'),
      enableTunnelLifecycleControl: fc.boolean(),
      logOptions: fc.constantFrom(
        { logEnabled: false },
        { logEnabled: true, logGroupArn: logGroup, logOutputFormat: 'text' },
        { logEnabled: true, logGroupArn: logGroup, logOutputFormat: 'json' },
        { bgpLogEnabled: true, bgpLogGroupArn: logGroup, bgpLogOutputFormat: 'json' },
      ),
    },
    { requiredKeys: [] },
  )
  .map((o) => (o.startupAction === 'start' ? { ...o, ikeVersions: ['ikev2'] } : ikeCoherent(o)));


export const validVpn: fc.Arbitrary<RedundantVpnProps> = fc
  .record({
    dynamic: fc.boolean(),
    imported: fc.constantFrom('no', 'attached', 'detached'),
    routes: fc.subarray(['10.20.0.0/16', '10.30.0.0/16', '0.0.0.0/0', '192.0.2.0/24'], { minLength: 1 }),
    count: fc.integer({ min: 2, max: MAX_DEVICES }),
    asns: fc.array(fc.integer({ min: 1, max: 4294967295 }).filter((a) => a !== 7224 && a !== 64512), { minLength: MAX_DEVICES, maxLength: MAX_DEVICES }),
    profile: maybe(validTunnelOptions),
    perGateway: fc.array(
      fc.record({ connection: maybe(validTunnelOptions), tunnel1: maybe(validTunnelOptions), tunnel2: maybe(validTunnelOptions), cidrs: fc.boolean(), deviceName: maybe(fc.constantFrom('edge', 'fw-01')) }),
      { minLength: MAX_DEVICES, maxLength: MAX_DEVICES },
    ),
    amazonSideAsn: maybe(fc.constantFrom(64513, 65534, 4200000000, 4294967294)),
    monitoring: maybe(
      fc.record(
        {
          enabled: fc.boolean(),
          periodSeconds: fc.constantFrom(60, 300, 900),
          degradedEvaluationPeriods: fc.integer({ min: 1, max: 5 }),
          outageEvaluationPeriods: fc.integer({ min: 1, max: 5 }),
          alarmTopicArn: fc.constant('arn:aws:sns:eu-west-1:111111111111:net-alarms'),
        },
        { requiredKeys: [] },
      ),
    ),
    logging: maybe(fc.record({ enabled: fc.boolean(), retentionInDays: fc.constantFrom(30, 365), outputFormat: fc.constantFrom('json', 'text') }, { requiredKeys: [] })),
    presharedKeyStorage: maybe(fc.constantFrom('Standard', 'SecretsManager')),
    preventDestroy: maybe(fc.boolean()),
  })
  .map(
    (v) =>
      ({
        ...placementOf(v),
        monitoring: v.monitoring,
        logging: v.logging,
        presharedKeyStorage: v.presharedKeyStorage,
        preventDestroy: v.preventDestroy,
        customerGateways: Array.from({ length: v.count }, (_, i) => {
          const g = v.perGateway[i];
          return {
            name: `site-${i}`,
            ipAddress: `203.0.113.${i + 1}`,
            bgpAsn: v.asns[i],
            deviceName: g.deviceName,
            tunnelOptions: g.connection,
            // Distinct inside CIDRs per tunnel (a shared one would be rejected, rightly).
            tunnel1: g.cidrs ? { ...g.tunnel1, insideCidr: `169.254.${100 + i}.0/30` } : g.tunnel1,
            tunnel2: g.cidrs ? { ...g.tunnel2, insideCidr: `169.254.${100 + i}.4/30` } : g.tunnel2,
          };
        }),
      }) as unknown as RedundantVpnProps,
  );
