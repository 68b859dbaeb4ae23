/**
 * ASNs. Sources: EC2 API `CreateCustomerGateway` (A: BgpAsn 1–2147483647, BgpAsnExtended
 * 2147483648–4294967295; 7224 reserved), provider `ValidAmazonSideASN` and EC2 API
 * `CreateVpnGateway` (P/A: 64512–65534 or 4200000000–4294967294), AWS docs on BGP (D: the
 * customer gateway's ASN differs from the Amazon side).
 */
import { DEFAULT_AMAZON_SIDE_ASN } from '../../model/aws-defaults';
import { RoutingMode } from '../../model/props';
import { RuleContext } from '../rule';
import { forEachGateway } from '../gateways';
import { isToken, isWholeNumber } from '../values';

/** Amazon's legacy ASNs: older gateways carry them; the provider accepts them for that reason. */
const LEGACY_AMAZON_ASNS = new Set([7224, 9059, 10124, 17493]);

const CGW_ALLOWED = '1–4294967295 except 7224; 2147483648 and above go to bgp_asn_extended';

export function customerGatewayAsn(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  forEachGateway(props, (cgw, i) => {
    const path = `customerGateways[${i}].bgpAsn`;
    const asn = cgw.bgpAsn;
    if (isToken(asn)) r.error(path, asn, 'must be a literal: it decides between bgp_asn and bgp_asn_extended', CGW_ALLOWED);
    else if (asn === undefined) r.error(path, asn, 'required, even for static routing', CGW_ALLOWED);
    else if (!isWholeNumber(asn)) r.error(path, asn, 'not a whole number', CGW_ALLOWED);
    else if (asn < 1 || asn > 4294967295) r.error(path, asn, 'out of range', CGW_ALLOWED);
    else if (asn === 7224) r.error(path, asn, 'reserved by AWS', 'use your own ASN or a private one: 64512–65534 or 4200000000–4294967294');
  });
}

export function amazonSideAsnRange(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const asn = props.amazonSideAsn;
  if (asn === undefined) return;
  if (isToken(asn)) {
    r.error('amazonSideAsn', asn, 'must be a literal: it is written as a decimal string and into the hand-off output', '64512–65534 or 4200000000–4294967294');
    return;
  }
  const imported = props.vpnGatewayId !== undefined;
  const allowed = imported
    ? '64512–65534 or 4200000000–4294967294, or a legacy Amazon ASN of an existing gateway: 7224, 9059, 10124, 17493'
    : '64512–65534 or 4200000000–4294967294';
  if (!isWholeNumber(asn)) {
    r.error('amazonSideAsn', asn, 'not a whole number', allowed);
    return;
  }
  const inRange = (asn >= 64512 && asn <= 65534) || (asn >= 4200000000 && asn <= 4294967294);
  if (!inRange && !(imported && LEGACY_AMAZON_ASNS.has(asn))) r.error('amazonSideAsn', asn, 'out of range', allowed);
}

/** With BGP, a customer gateway with the gateway's own ASN would see its routes as a loop. */
export function customerAsnDiffersFromAmazonSide(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  if ((props.routing ?? RoutingMode.DYNAMIC) !== RoutingMode.DYNAMIC) return;
  const amazon = props.amazonSideAsn ?? DEFAULT_AMAZON_SIDE_ASN;
  if (isToken(amazon)) return;
  forEachGateway(props, (cgw, i) => {
    if (cgw.bgpAsn === amazon && !isToken(cgw.bgpAsn)) {
      r.error(
        `customerGateways[${i}].bgpAsn`,
        cgw.bgpAsn,
        `same ASN as the virtual private gateway's Amazon side${props.amazonSideAsn === undefined ? ' (default 64512)' : ''}`,
        'with BGP every customer gateway needs an ASN different from amazonSideAsn',
      );
    }
  });
}
