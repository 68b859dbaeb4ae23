/**
 * The construct that lays out the redundant topology: one virtual private gateway, one customer
 * gateway and one VPN connection (two tunnels) per on-premises device, routes and propagation.
 */
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { VpnConnectionRoute } from '@cdktf/provider-aws/lib/vpn-connection-route';
import { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import { VpnGatewayAttachment } from '@cdktf/provider-aws/lib/vpn-gateway-attachment';
import { VpnGatewayRoutePropagation } from '@cdktf/provider-aws/lib/vpn-gateway-route-propagation';
import { CustomerGatewayProps, RedundantVpnProps, RoutingMode } from './props';
import { mergeTunnelOptions, TUNNEL_NUMBERS, tunnelArguments } from './tunnel-options';
import { addVpnOutputs } from './outputs';
import { attributeRef } from './attribute-ref';
import { formatIssue, VpnValidationError } from './validation/issues';
import { validateVpnProps } from './validation';

/** AWS's default Amazon-side ASN for a new virtual private gateway. */
export const DEFAULT_AMAZON_SIDE_ASN = 64512;

/** AWS accepts 2-byte and 4-byte ASNs in `bgp_asn` only up to 2147483647; above goes to `bgp_asn_extended`. */
const MAX_BGP_ASN_FIELD = 2147483647;

/**
 * A virtual private gateway with two or more customer gateways, one VPN connection each (both
 * tunnels configured), static or BGP routing, and route propagation into the VPC route tables.
 *
 * Construct ids are a public contract: they are derived from the customer gateway names, and
 * changing one replaces a live VPN connection (new tunnel outside addresses).
 */
export class RedundantVpn extends Construct {
  /** The created virtual private gateway; undefined when an existing one is imported. */
  public readonly vpnGateway?: VpnGateway;
  /** Id of the virtual private gateway in use (created or imported). */
  public readonly vpnGatewayId: string;
  /** The attachment to the VPC; undefined for an imported, already attached gateway. */
  public readonly attachment?: VpnGatewayAttachment;
  /** One customer gateway per device, in the order given. */
  public readonly customerGateways: CustomerGateway[] = [];
  /** One VPN connection per device, in the order given. */
  public readonly connections: VpnConnection[] = [];
  /** Static routes: every prefix on every connection (empty with dynamic routing). */
  public readonly routes: VpnConnectionRoute[] = [];
  /** One propagation per distinct route table id. */
  public readonly propagations: VpnGatewayRoutePropagation[] = [];
  /** The routing mode in effect. */
  public readonly routing: RoutingMode;
  /** The Amazon-side ASN (created gateway's, or the one stated for an imported gateway). */
  public readonly amazonSideAsn: number;

  constructor(scope: Construct, id: string, props: RedundantVpnProps) {
    super(scope, id);
    const report = validateVpnProps(props);
    if (report.errors.length > 0) {
      throw new VpnValidationError(report.errors, `RedundantVpn "${this.node.path}"`);
    }
    for (const warning of report.warnings) Annotations.of(this).addWarning(formatIssue(warning));

    this.routing = props.routing ?? RoutingMode.DYNAMIC;
    this.amazonSideAsn = props.amazonSideAsn ?? DEFAULT_AMAZON_SIDE_ASN;
    const name = props.name ?? id;
    const tagsFor = (resourceName: string, extra?: { [key: string]: string }) => ({
      ...props.tags,
      ...extra,
      Name: resourceName,
    });

    if (props.vpnGatewayId === undefined) {
      // Never the inline vpc_id of aws_vpn_gateway: the separate attachment lets propagation
      // depend on it explicitly, and mixing both makes Terraform fight itself.
      this.vpnGateway = new VpnGateway(this, 'VpnGateway', {
        amazonSideAsn: String(this.amazonSideAsn),
        tags: tagsFor(`${name}-vgw`),
      });
      this.vpnGatewayId = this.vpnGateway.id;
    } else {
      this.vpnGatewayId = props.vpnGatewayId;
    }

    if (!(props.vpnGatewayId !== undefined && props.vpnGatewayAttached)) {
      this.attachment = new VpnGatewayAttachment(this, 'VpnGatewayAttachment', {
        vpcId: props.vpcId!,
        vpnGatewayId: this.vpnGatewayId,
      });
    }

    for (const device of props.customerGateways) {
      this.addSite(device, props, name, tagsFor);
    }

    for (const routeTableId of new Set(props.routeTableIds ?? [])) {
      this.propagations.push(
        new VpnGatewayRoutePropagation(this, `RoutePropagation-${routeTableId}`, {
          routeTableId,
          vpnGatewayId: this.vpnGatewayId,
          // Propagation fails while the gateway is not attached yet: order it explicitly.
          dependsOn: this.attachment ? [this.attachment] : undefined,
        }),
      );
    }

    addVpnOutputs(this, props);
  }

  /** The VPN connection serving the named customer gateway device. */
  public connectionFor(customerGatewayName: string): VpnConnection {
    const index = this.customerGatewayNames.indexOf(customerGatewayName);
    if (index < 0) throw new Error(`No customer gateway named "${customerGatewayName}"`);
    return this.connections[index];
  }

  private readonly customerGatewayNames: string[] = [];

  private addSite(
    device: CustomerGatewayProps,
    props: RedundantVpnProps,
    name: string,
    tagsFor: (resourceName: string, extra?: { [key: string]: string }) => { [key: string]: string },
  ): void {
    const asn = device.bgpAsn;
    const extended = asn > MAX_BGP_ASN_FIELD;
    const customerGateway = new CustomerGateway(this, `CustomerGateway-${device.name}`, {
      type: 'ipsec.1',
      ipAddress: device.ipAddress,
      // Canonical decimal string: "65010", never "6.5e4" or "065010".
      bgpAsn: extended ? undefined : asn.toFixed(0),
      bgpAsnExtended: extended ? asn.toFixed(0) : undefined,
      deviceName: device.deviceName,
      certificateArn: device.certificateArn,
      tags: tagsFor(`${name}-${device.name}-cgw`, device.tags),
    });

    const isStatic = this.routing === RoutingMode.STATIC;
    const connection = new VpnConnection(this, `VpnConnection-${device.name}`, {
      type: 'ipsec.1',
      vpnGatewayId: this.vpnGatewayId,
      // References between this construct's own resources: plain strings, no tokens (see attributeRef).
      customerGatewayId: attributeRef(customerGateway, 'id'),
      staticRoutesOnly: isStatic,
      ...Object.assign(
        {},
        ...TUNNEL_NUMBERS.map((n) =>
          tunnelArguments(n, mergeTunnelOptions(props.tunnelOptions, device.tunnelOptions, n === 1 ? device.tunnel1 : device.tunnel2)),
        ),
      ),
      tags: tagsFor(`${name}-${device.name}-vpn`, device.tags),
    });

    if (isStatic) {
      const connectionId = attributeRef(connection, 'id');
      // The same prefixes on every connection: a device that does not carry all of them breaks
      // failover for the missing ones (AWS: "Both devices should advertise the same IP ranges").
      for (const prefix of props.staticRoutes ?? []) {
        this.routes.push(
          new VpnConnectionRoute(this, `Route-${device.name}-${prefix.replace(/[./]/g, '_')}`, {
            vpnConnectionId: connectionId,
            destinationCidrBlock: prefix,
          }),
        );
      }
    }

    this.customerGatewayNames.push(device.name);
    this.customerGateways.push(customerGateway);
    this.connections.push(connection);
  }
}
