/**
 * Property-based: random configs and props, valid and broken mixed. Each one either synthesizes
 * (and the stack passes the provider schema check) or fails with a VpnValidationError listing its
 * issues — never a TypeError or any other crash. Fixed seed and bounded runs keep it fast and
 * reproducible.
 */
import fc from 'fast-check';
import { chaos, validVpn } from '../support/arbitraries';
import { Testing, TerraformStack } from 'cdktf';
import { RedundantVpn, VpnValidationError } from '../../src';
import { parseConfig } from '../../src/config/load-config';
import { VpnStack } from '../../src/app/vpn-stack';
import { schemaProblems } from '../support/provider-schema';

function expectListed(e: unknown): void {
  if (!(e instanceof VpnValidationError)) throw e; // a crash fails the property with its own stack
  expect(e.issues.length).toBeGreaterThan(0);
  for (const issue of e.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/ — /);
  }
}

describe('random input never crashes', () => {
  test('the valid generator produces only valid props (no over-strict rule)', () => {
    fc.assert(
      fc.property(validVpn, (props) => {
        expect(RedundantVpn.validate(props as never).errors).toEqual([]);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  test('config files: listed errors, or stacks that pass the provider schema', () => {
    const outcomes = { synthesized: 0, rejected: 0 };
    fc.assert(
      fc.property(chaos, (vpnConfig) => {
        const config = JSON.parse(JSON.stringify({ stacks: [{ name: 'prop', region: 'eu-west-1', vpn: vpnConfig }] }) ?? 'null');
        let specs;
        try {
          specs = parseConfig(config, 'random.json');
        } catch (e) {
          expectListed(e);
          outcomes.rejected++;
          return;
        }
        const app = Testing.app();
        const stack = new VpnStack(app, specs[0]);
        expect(schemaProblems(JSON.parse(Testing.synth(stack)))).toEqual([]);
        outcomes.synthesized++;
      }),
      { numRuns: 60, seed: 20261122 },
    );
    // Both outcomes are exercised: the property cannot pass vacuously.
    expect(outcomes.synthesized).toBeGreaterThan(5);
    expect(outcomes.rejected).toBeGreaterThan(5);
  });

  test('library props (no schema in front): VpnValidationError, or a conforming stack', () => {
    const outcomes = { synthesized: 0, rejected: 0 };
    fc.assert(
      fc.property(chaos, (props) => {
        const stack = new TerraformStack(Testing.app(), 's');
        try {
          new RedundantVpn(stack, 'vpn', props as never);
        } catch (e) {
          expectListed(e);
          outcomes.rejected++;
          return;
        }
        expect(schemaProblems(JSON.parse(Testing.synth(stack)))).toEqual([]);
        outcomes.synthesized++;
      }),
      { numRuns: 60, seed: 7 },
    );
    expect(outcomes.synthesized).toBeGreaterThan(5);
    expect(outcomes.rejected).toBeGreaterThan(5);
  });
});
