/** Helpers for rule tests: run the validation only (no synth) and read issues as text lines. */
import { RedundantVpn, RedundantVpnProps, TunnelOptions } from '../../src';
import { formatIssue } from '../../src/validation/issues';
import { baseProps } from '../support/synth';

export { baseProps };

/** Every error as `path: message`. */
export function errorsOf(props: unknown): string[] {
  return RedundantVpn.validate(props as RedundantVpnProps).errors.map(formatIssue);
}

/** Every warning as `path: message`. */
export function warningsOf(props: unknown): string[] {
  return RedundantVpn.validate(props as RedundantVpnProps).warnings.map(formatIssue);
}

/** Base props with `options` as the construct-wide tunnel profile. */
export function withProfile(options: Record<string, unknown>, extra: Partial<RedundantVpnProps> = {}): RedundantVpnProps {
  return baseProps({ tunnelOptions: options as TunnelOptions, ...extra });
}

/** Base props with `options` on one tunnel of the second customer gateway. */
export function withTunnel(tunnel: 1 | 2, options: Record<string, unknown>, profile?: Record<string, unknown>): RedundantVpnProps {
  const props = baseProps();
  return {
    ...props,
    tunnelOptions: profile as TunnelOptions | undefined,
    customerGateways: [props.customerGateways[0], { ...props.customerGateways[1], [`tunnel${tunnel}`]: options }],
  };
}

/** Base props with one customer gateway field replaced on the first device. */
export function withGateway(fields: Record<string, unknown>, index = 0): RedundantVpnProps {
  const props = baseProps();
  const gateways = props.customerGateways.map((c, i) => (i === index ? { ...c, ...fields } : c));
  return { ...props, customerGateways: gateways as RedundantVpnProps['customerGateways'] };
}
