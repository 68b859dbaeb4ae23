/**
 * From the live resources (describe outputs) to the config entry that reproduces them: for every
 * argument that would replace or modify a tunnel the live value, for the rest nothing (so the
 * provider keeps what is live). Pure: no I/O; problems that make adoption impossible throw, the
 * ones the user must look at are returned as notes.
 */
import type { AdoptedSite, AdoptedVpn } from '../model/adopt';
import { PresharedKeyStorage, RoutingMode, type CustomerGatewayProps, type RedundantVpnProps } from '../model/props';
import { LiveCustomerGateway, LiveInputs, LiveVpnConnection, LiveVpnGateway, tagMap } from './live';
import { liveTunnelOptions, splitShared } from './tunnel-options';

/** What to adopt and how to name the stack. */
export interface AdoptOptions {
  /** The gateway whose connections to adopt; needed when the inputs hold several with connections. */
  readonly vpnGatewayId?: string;
  /** Stack name of the entry. @default `vpn-<gateway id>` */
  readonly stackName?: string;
  /** Region of the stack (the describe outputs do not say it). */
  readonly region: string;
}

/** The written entry and what the user must know about it. */
export interface AdoptResult {
  /** A whole config file with one stack: `{ stacks: [ { name, region, vpn } ] }`. */
  readonly config: { readonly stacks: { readonly name: string; readonly region: string; readonly vpn: RedundantVpnProps }[] };
  /** Facts the entry cannot carry (ids, counts and CIDRs only: never a key or tag value). */
  readonly notes: string[];
}

const LIVE_STATES = new Set(['available', 'pending']);
const isLive = (r: { State?: string }) => r.State === undefined || LIVE_STATES.has(r.State);

/** The adopted config for the live connections of one virtual private gateway. */
export function adoptLive(inputs: LiveInputs, options: AdoptOptions): AdoptResult {
  const notes: string[] = [];
  const gateway = chooseGateway(inputs, options.vpnGatewayId);
  const connections = inputs.vpnConnections
    .filter((c) => isLive(c) && c.VpnGatewayId === gateway.VpnGatewayId)
    .sort((a, b) => a.VpnConnectionId.localeCompare(b.VpnConnectionId));
  if (connections.length === 0) throw new Error(`no available VPN connection on ${gateway.VpnGatewayId} in the describe-vpn-connections input`);

  const staticFlags = new Set(connections.map((c) => c.Options?.StaticRoutesOnly === true));
  if (staticFlags.size > 1) throw new Error(`the connections of ${gateway.VpnGatewayId} mix static and dynamic routing: one set has one routing mode (adopt them as separate sets)`);
  const isStatic = staticFlags.has(true);
  const inSecretsManager = connections.filter((c) => c.PreSharedKeyArn).map((c) => c.VpnConnectionId);
  for (const c of connections) {
    if (c.Options?.EnableAcceleration) throw new Error(`${c.VpnConnectionId} has acceleration enabled: a transit-gateway feature this library does not manage`);
    if (c.Options?.TunnelInsideIpVersion && c.Options.TunnelInsideIpVersion !== 'ipv4') throw new Error(`${c.VpnConnectionId}: tunnel inside IP version ${c.Options.TunnelInsideIpVersion} (a virtual private gateway has IPv4 only)`);
  }

  const gatewayAttachment = (gateway.VpcAttachments ?? []).find((a) => a.State === 'attached' || a.State === 'attaching');
  const names = new Set<string>();
  // Devices in name order: the entry reads the same whatever ids AWS gave (names are unique).
  const customerGateways = connections.map((c) => site(c, inputs.customerGateways, names, notes)).sort((x, y) => x.name.localeCompare(y.name));

  const vpn: Record<string, unknown> = {};
  const adopt: AdoptedVpn = { vpnGatewayId: gateway.VpnGatewayId, vpnGatewayTags: tagMap(gateway.Tags) };
  vpn.adopt = adopt;
  if (gatewayAttachment) {
    vpn.vpnGatewayAttached = true;
    notes.push(`${gateway.VpnGatewayId} is attached to ${gatewayAttachment.VpcId}: no attachment is declared (vpnGatewayAttached: true)`);
  } else {
    notes.push(`${gateway.VpnGatewayId} is not attached to a VPC: set vpcId, the first apply attaches it`);
  }
  if (gateway.AmazonSideAsn !== undefined) vpn.amazonSideAsn = Number(gateway.AmazonSideAsn);
  const routeTables = propagatingRouteTables(inputs, gateway.VpnGatewayId);
  if (routeTables) vpn.routeTableIds = routeTables;
  else notes.push('no describe-route-tables input: routeTableIds not written (route propagation is left as it is, unmanaged)');
  vpn.routing = isStatic ? RoutingMode.STATIC : RoutingMode.DYNAMIC;
  if (isStatic) vpn.staticRoutes = staticRoutes(connections, notes);
  // Key storage as live by leaving it out: `preshared_key_storage` is optional and computed, so the
  // provider keeps the live one. Stating it is no safe alternative: provider 5.100 reads an imported
  // connection's storage back as Standard even with a key ARN, so `SecretsManager` would plan an
  // update (measured against moto: provider/adopt.test.ts).
  if (inSecretsManager.length > 0) {
    notes.push(`${inSecretsManager.join(', ')} keep their keys in Secrets Manager: presharedKeyStorage is left out so the live storage stays (stating ${PresharedKeyStorage.SECRETS_MANAGER} plans an update with provider 5.100); the hand-off then lists no secret ARN`);
  }
  vpn.customerGateways = customerGateways;
  // Live connections are what adoption protects: a later plan that would replace one (or the
  // gateway) fails instead of cutting the site off. A lifecycle setting only: no live value changes.
  vpn.preventDestroy = true;
  if (connections.length < 2) notes.push(`only ${connections.length} connection on ${gateway.VpnGatewayId}: the set needs two or more devices; add a new one before the first deploy`);

  return {
    config: { stacks: [{ name: options.stackName ?? `vpn-${gateway.VpnGatewayId}`, region: options.region, vpn: vpn as unknown as RedundantVpnProps }] },
    notes,
  };
}

function chooseGateway(inputs: LiveInputs, wanted: string | undefined): LiveVpnGateway {
  const live = inputs.vpnGateways.filter(isLive);
  if (wanted !== undefined) {
    const found = live.find((g) => g.VpnGatewayId === wanted);
    if (!found) throw new Error(`${wanted} is not an available gateway in the describe-vpn-gateways input`);
    return found;
  }
  const used = live.filter((g) => inputs.vpnConnections.some((c) => isLive(c) && c.VpnGatewayId === g.VpnGatewayId));
  if (used.length === 1) return used[0];
  if (used.length === 0) throw new Error('no available gateway in the inputs has an available VPN connection');
  throw new Error(`several gateways have connections (${used.map((g) => g.VpnGatewayId).join(', ')}): choose one with --vpn-gateway`);
}

/** One device entry: the customer gateway as live, the connection's tunnels in the provider's order. */
function site(connection: LiveVpnConnection, gateways: LiveCustomerGateway[], names: Set<string>, notes: string[]): CustomerGatewayProps {
  const id = connection.VpnConnectionId;
  const cgw = gateways.find((g) => g.CustomerGatewayId === connection.CustomerGatewayId);
  if (!cgw) throw new Error(`${id}: its customer gateway ${connection.CustomerGatewayId ?? '(none)'} is not in the describe-customer-gateways input`);
  if (!cgw.IpAddress) throw new Error(`${cgw.CustomerGatewayId} has no IpAddress`);
  const asn = Number(cgw.BgpAsnExtended ?? cgw.BgpAsn);
  if (!Number.isInteger(asn)) throw new Error(`${cgw.CustomerGatewayId} has no BGP ASN`);
  const tunnels = connection.Options?.TunnelOptions ?? [];
  if (tunnels.length !== 2) throw new Error(`${id}: ${tunnels.length} entries in Options.TunnelOptions (a VPN connection has two)`);
  for (const t of tunnels) if (t.TunnelInsideIpv6Cidr) throw new Error(`${id}: an IPv6 inside CIDR (transit gateway only)`);

  // The provider fills tunnel 1 from the FIRST entry of Options.TunnelOptions, whatever its
  // outside address: the order here is the order in the input, never sorted.
  const split = splitShared(liveTunnelOptions(tunnels[0]), liveTunnelOptions(tunnels[1]));
  const adopt: AdoptedSite = {
    customerGatewayId: cgw.CustomerGatewayId,
    customerGatewayTags: tagMap(cgw.Tags),
    vpnConnectionId: id,
    vpnConnectionTags: tagMap(connection.Tags),
  };
  const entry: Record<string, unknown> = { name: uniqueName(cgw, names), ipAddress: cgw.IpAddress, bgpAsn: asn };
  // Only what is live: a device name or certificate the live gateway lacks would replace it.
  if (cgw.DeviceName) entry.deviceName = cgw.DeviceName;
  if (cgw.CertificateArn) entry.certificateArn = cgw.CertificateArn;
  entry.adopt = adopt;
  if (Object.keys(split.shared).length > 0) entry.tunnelOptions = split.shared;
  if (Object.keys(split.tunnel1).length > 0) entry.tunnel1 = split.tunnel1;
  if (Object.keys(split.tunnel2).length > 0) entry.tunnel2 = split.tunnel2;
  notes.push(`${entry.name}: ${cgw.CustomerGatewayId} + ${id}, tunnel 1 = ${tunnels[0].OutsideIpAddress ?? '?'}, tunnel 2 = ${tunnels[1].OutsideIpAddress ?? '?'} (the provider's order)`);
  return entry as unknown as CustomerGatewayProps;
}

/** A name from the customer gateway's Name tag (lower-case letters, digits, `-`), else its id; unique in the set. */
function uniqueName(cgw: LiveCustomerGateway, names: Set<string>): string {
  const tag = tagMap(cgw.Tags).Name ?? '';
  let base = tag.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 55);
  if (!/^[a-z0-9]/.test(base)) base = cgw.CustomerGatewayId;
  let name = base;
  for (let i = 2; names.has(name); i++) name = `${base}-${i}`;
  names.add(name);
  return name;
}

/** Every static route of every connection: the library puts the same prefixes on each (either device carries all). */
function staticRoutes(connections: LiveVpnConnection[], notes: string[]): string[] {
  const per = connections.map((c) => new Set((c.Routes ?? []).filter((r) => r.State !== 'deleted' && r.State !== 'deleting' && r.DestinationCidrBlock).map((r) => r.DestinationCidrBlock!)));
  const all = [...new Set(per.flatMap((s) => [...s]))].sort();
  per.forEach((routes, i) => {
    const missing = all.filter((r) => !routes.has(r));
    if (missing.length > 0) notes.push(`${connections[i].VpnConnectionId} lacks ${missing.join(', ')}: the first apply adds them (the same prefixes on every connection)`);
  });
  return all;
}

function propagatingRouteTables(inputs: LiveInputs, vgw: string): string[] | undefined {
  if (!inputs.routeTables) return undefined;
  return inputs.routeTables.filter((t) => (t.PropagatingVgws ?? []).some((p) => p.GatewayId === vgw)).map((t) => t.RouteTableId).sort();
}
