/**
 * The impact report: per gateway set (one RedundantVpn) and per connection one verdict, with the
 * arguments that caused it; the gateway, attachment, routes and propagations added or removed.
 * Values in it are display strings that never hold a key (see {@link Cause.before}).
 */
import type { Effect, EffectSource } from './effects';

/** What a deploy does to one VPN connection: exactly one per connection. */
export enum Verdict {
  /** Destroyed and created again: new tunnel outside IPs, the device must be reconfigured. */
  REPLACED = 'REPLACED',
  /** Changed in place with both tunnels down (customer/target gateway, network CIDRs). */
  BOTH_TUNNELS_DOWN = 'BOTH TUNNELS DOWN',
  TUNNEL_1_RENEGOTIATES = 'TUNNEL 1 RENEGOTIATES',
  TUNNEL_2_RENEGOTIATES = 'TUNNEL 2 RENEGOTIATES',
  /** Both tunnels changed in one apply, one after the other: the connection may be down. */
  BOTH_TUNNELS_RENEGOTIATE = 'BOTH TUNNELS RENEGOTIATE',
  /** `lifecycle.ignore_changes` holds back a configuration that differs from what is deployed. */
  PINNED = 'PINNED',
  UNCHANGED = 'UNCHANGED',
  /** A new connection (a new device): no existing traffic is affected. */
  ADDED = 'ADDED',
  /** The connection is deleted: its device loses both tunnels. */
  REMOVED = 'REMOVED',
}

/** Verdicts that take the whole connection out (both tunnels at once, or gone). */
export const CONNECTION_DOWN_VERDICTS: ReadonlySet<Verdict> = new Set([
  Verdict.REPLACED,
  Verdict.BOTH_TUNNELS_DOWN,
  Verdict.BOTH_TUNNELS_RENEGOTIATE,
  Verdict.REMOVED,
]);

/** One argument that changes, and why that matters. */
export interface Cause {
  /** The resource address the argument belongs to. */
  readonly address: string;
  readonly argument: string;
  readonly effect: Effect | 'unclassified';
  readonly source?: EffectSource;
  /** Display form of the old value; absent for secrets (then `secret` is true) and unknown values. */
  readonly before?: string;
  /** Display form of the new value; `(known after apply)` when the plan does not know it yet. */
  readonly after?: string;
  /** The value is a secret: named, never shown. */
  readonly secret?: boolean;
  /** Extra context (the customer gateway replaced behind `customer_gateway_id`, a plan that disagrees with the table). */
  readonly note?: string;
}

/** One VPN connection of a set. */
export interface ConnectionImpact {
  /** The device (customer gateway name in the construct). */
  readonly device: string;
  readonly address: string;
  readonly verdict: Verdict;
  /** The arguments that decide the verdict. */
  readonly causes: Cause[];
  /** An update that changes tags only (verdict UNCHANGED). */
  readonly tagsOnly: boolean;
  /** An "update" that changes no value, only what is marked sensitive (verdict UNCHANGED). */
  readonly sensitivityOnly: boolean;
  /** Tunnel arguments whose configuration differs from the deployed value but are held back (pinTunnelOptions). */
  readonly heldBack: string[];
  /** The tunnels this deploy touches (renegotiate, go down or are replaced). */
  readonly tunnelsAffected: (1 | 2)[];
}

/** A gateway, attachment, customer gateway, route or propagation that changes. */
export interface ResourceImpact {
  readonly address: string;
  readonly kind: 'gateway' | 'attachment' | 'customer-gateway' | 'route' | 'propagation';
  readonly action: 'added' | 'removed' | 'replaced' | 'updated' | 'tags';
  /** What it is, in words: `10.20.0.0/16 via edge-a`, `rtb-0123…`, `edge-a (198.51.100.10)`. */
  readonly label: string;
  readonly causes: Cause[];
}

/** One gateway set: the connections that share one virtual private (or transit) gateway. */
export interface SetImpact {
  /** Where it came from: the plan file (stack) or the synth output. */
  readonly source: string;
  /** The construct's path prefix (`vpn`) or the gateway's address/id. */
  readonly name: string;
  readonly connections: ConnectionImpact[];
  /** Gateway and attachment changes; `cutOff` says whether the VPC loses the VPN. */
  readonly gateway: ResourceImpact[];
  readonly customerGateways: ResourceImpact[];
  readonly routes: ResourceImpact[];
  readonly propagations: ResourceImpact[];
  /** The gateway is replaced or removed, or the attachment is: the whole VPC is cut off. */
  readonly cutOff: boolean;
}

/** A guard finding: why the deploy must not go ahead as it is. */
export interface GuardStop {
  readonly set: string;
  readonly reason: string;
  /** How to stage it instead. */
  readonly remedy: string;
}

export interface ImpactReport {
  /** `plan`: decided by Terraform plans; `advisory`: two synth outputs compared with the table. */
  readonly mode: 'plan' | 'advisory';
  readonly sources: string[];
  readonly sets: SetImpact[];
  readonly stops: GuardStop[];
}
