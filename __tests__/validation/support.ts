/** Helpers for rule tests: run the validation only (no synth) and read issues as text lines. */
import { RedundantVpn, RedundantVpnProps, TunnelOptions } from '../../src';
import { formatIssue } from '../../src/validation/issues';
import { baseProps, withGateway, withTunnel } from '../support/synth';

export { baseProps, withGateway, withTunnel };

/** Every error as `path: message`. */
export function errorsOf(props: unknown): string[] {
  return RedundantVpn.validate(props as RedundantVpnProps).errors.map(formatIssue);
}

/** Every warning as `path: message`. */
export function warningsOf(props: unknown): string[] {
  return RedundantVpn.validate(props as RedundantVpnProps).warnings.map(formatIssue);
}

/** Base props with `options` as the construct-wide tunnel profile. */
export function withProfile(options: Record<string, unknown>): RedundantVpnProps {
  return baseProps({ tunnelOptions: options as TunnelOptions });
}
