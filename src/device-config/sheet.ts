/**
 * The vendor-neutral tunnel sheet of one customer gateway device: tunnel 1 and tunnel 2 side by
 * side, every value the device team types into a device that is not strongSwan, each algorithm
 * and group under AWS's name and the names vendors use (table: src/handoff/algorithm-names.ts).
 * Markdown for people, CSV for spreadsheets and scripts. Never a key: only where the key is.
 */
import { describeAlgorithm, DH_GROUP_NAMES, ENCRYPTION_NAMES, INTEGRITY_NAMES } from '../handoff/algorithm-names';
import type { EncryptionAlgorithm, IntegrityAlgorithm } from '../model/props';
import { DEFAULT_TIMERS, DeviceInput, DeviceTunnel } from './model';

/** One row: a label and one value per tunnel. */
type Row = readonly [label: string, ...values: string[]];

const list = (values: readonly (string | number)[], names: (v: string | number) => string): string => values.map(names).join('; ');
const enc = (v: string | number) => describeAlgorithm(ENCRYPTION_NAMES[v as EncryptionAlgorithm], v);
const integ = (v: string | number) => describeAlgorithm(INTEGRITY_NAMES[v as IntegrityAlgorithm], v);
const dh = (v: string | number) => describeAlgorithm(DH_GROUP_NAMES[Number(v)], v);

function rows(device: DeviceInput): Row[] {
  const per = (f: (t: DeviceTunnel) => string | number): string[] => device.tunnels.map((t) => String(f(t)));
  const r = (t: DeviceTunnel) => t.record;
  const routing =
    device.routing === 'dynamic'
      ? `dynamic (BGP): advertise the same on-premises prefixes on both tunnels with equal preference; AWS advertises the VPC CIDRs${device.vpcId ? ` of ${device.vpcId}` : ''}`
      : `static: AWS routes ${device.awsStaticRoutes.join(', ') || '(no static routes)'} into the tunnels; route the VPC CIDRs${device.vpcId ? ` of ${device.vpcId}` : ''} into both tunnels (tunnel 1 preferred), withdraw a route while its tunnel is down`;
  return [
    ['Customer gateway', ...per(() => `${device.name} (${device.customerGatewayIp}, ASN ${device.customerGatewayAsn})`)],
    ['VPN connection', ...per(() => device.connectionId)],
    ['AWS outside address (IKE peer)', ...per((t) => t.outsideAddress)],
    ['Local IKE identity', ...per(() => device.customerGatewayIp)],
    ['Tunnel inside CIDR', ...per((t) => t.insideCidr)],
    ['Inside address, device side', ...per((t) => t.cgwInsideAddress)],
    ['Inside address, AWS side (BGP neighbour)', ...per((t) => t.vgwInsideAddress)],
    ['Routing', ...per(() => routing)],
    ['BGP ASN, device / AWS', ...per((t) => `${device.customerGatewayAsn} / ${t.amazonAsn}`)],
    ['BGP keepalive / hold (s)', ...per((t) => `${r(t).bgp_keepalive_seconds} / ${r(t).bgp_hold_seconds}`)],
    ['IKE versions AWS accepts', ...per((t) => r(t).ike_versions.join(', '))],
    ['Phase 1 encryption', ...per((t) => list(r(t).phase1.encryption, enc))],
    ['Phase 1 integrity / PRF', ...per((t) => list(r(t).phase1.integrity, integ))],
    ['Phase 1 DH groups', ...per((t) => list(r(t).phase1.dh_groups, dh))],
    ['Phase 1 lifetime (s)', ...per((t) => r(t).phase1.lifetime_seconds)],
    ['Phase 2 (ESP) encryption', ...per((t) => list(r(t).phase2.encryption, enc))],
    ['Phase 2 integrity (not with GCM)', ...per((t) => list(r(t).phase2.integrity, integ))],
    ['Phase 2 PFS DH groups', ...per((t) => list(r(t).phase2.dh_groups, dh))],
    ['Phase 2 lifetime (s)', ...per((t) => r(t).phase2.lifetime_seconds)],
    ['Rekey margin (s) / fuzz (%)', ...per((t) => `${r(t).rekey_margin_seconds} / ${r(t).rekey_fuzz_percentage}`)],
    ['Replay window (packets)', ...per((t) => r(t).replay_window_packets)],
    ['DPD: AWS timeout (s) / action', ...per((t) => `${r(t).dpd_timeout_seconds} / ${r(t).dpd_timeout_action}`)],
    ['DPD interval on the device (s)', ...per(() => device.timers?.dpdDelaySeconds ?? DEFAULT_TIMERS.dpdDelaySeconds)],
    ['Startup action', ...per((t) => `${r(t).startup_action} (${r(t).startup_action === 'start' ? 'AWS initiates' : 'the device must initiate'})`)],
    ['Tunnel interface MTU / TCP MSS', ...per((t) => `${r(t).mtu_bytes} / ${r(t).mss_bytes}`)],
    ['Mode', ...per(() => 'route-based, traffic selectors 0.0.0.0/0 both ways, tunnel mode ESP')],
    ['Pre-shared key', ...per((t) => t.keyLocation)],
    ['Options from', ...per((t) => t.optionsSource)],
  ];
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** Markdown: a title, one table, and the tool's notes. */
export function renderSheetMarkdown(device: DeviceInput): string {
  const header = ['Setting', ...device.tunnels.map((t) => `Tunnel ${t.tunnel}`)];
  const lines = [
    `# Tunnel sheet: ${device.name}`,
    '',
    `AWS Site-to-Site VPN connection ${device.connectionId}, customer gateway ${device.customerGatewayIp}. Algorithms: AWS name (strongSwan / other common names). Configure both tunnels.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows(device).map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    ...device.notes.map((n) => `> Note: ${n}`),
    '',
  ];
  return lines.join('\n');
}

/** CSV (RFC 4180 quoting): `setting,tunnel1,tunnel2`. */
export function renderSheetCsv(device: DeviceInput): string {
  const q = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = ['setting', ...device.tunnels.map((t) => `tunnel${t.tunnel}`)];
  return [header, ...rows(device)].map((row) => row.map(q).join(',')).join('\r\n') + '\r\n';
}
