/**
 * Iteration over the customer gateways that are objects: rules read their fields without
 * guarding each access; a non-object entry is reported once by the shape rule.
 */
import { RedundantVpnProps } from '../model/props';
import { isRecord } from './values';

export function forEachGateway(props: RedundantVpnProps, fn: (cgw: Record<string, unknown>, index: number) => void): void {
  if (!Array.isArray(props.customerGateways)) return;
  props.customerGateways.forEach((c: unknown, i: number) => {
    if (isRecord(c)) fn(c, i);
  });
}
