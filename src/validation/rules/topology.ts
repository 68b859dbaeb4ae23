/**
 * Topology rules: enough devices for redundancy, names that can serve as stable ids.
 */
import { RuleContext } from '../rule';
import { forEachGateway } from '../gateways';
import { isToken } from '../values';

/** Names become construct ids, Terraform addresses and output names. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/** AWS's redundancy guidance needs a second device and connection; one device is a single point of failure. */
export function atLeastTwoCustomerGateways(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  if (props.customerGateways !== undefined && !Array.isArray(props.customerGateways)) return; // reported as "not a list"
  const count = Array.isArray(props.customerGateways) ? props.customerGateways.length : 0;
  if (count < 2) {
    r.error(
      'customerGateways',
      `${count} customer gateway${count === 1 ? '' : 's'}`,
      'not redundant: one customer gateway device is a single point of failure',
      'give two or more on-premises devices, one VPN connection each',
    );
  }
}

/** Customer gateway names are unique and id-safe: they key construct ids and outputs. */
export function customerGatewayNames(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const seen = new Set<string>();
  forEachGateway(props, (cgw, i) => {
    const path = `customerGateways[${i}].name`;
    if (isToken(cgw.name)) {
      r.error(path, cgw.name, 'must be a literal: it is part of construct ids and output names');
    } else if (typeof cgw.name !== 'string' || !NAME_PATTERN.test(cgw.name)) {
      r.error(path, cgw.name, 'not a valid name', '1–63 characters: letters, digits, "-" and "_", starting with a letter or digit');
    } else if (seen.has(cgw.name)) {
      r.error(path, cgw.name, 'duplicate customer gateway name', 'every device needs its own name');
    } else {
      seen.add(cgw.name);
    }
  });
}
