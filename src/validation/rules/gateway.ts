/**
 * Gateway rules: a created or unattached gateway needs the VPC to attach to.
 */
import { RedundantVpnProps } from '../../props';
import { Reporter } from '../issues';

/** The attachment needs a VPC unless an imported gateway is already attached. */
export function vpcIdForAttachment(props: RedundantVpnProps, r: Reporter): void {
  const alreadyAttached = props.vpnGatewayId !== undefined && props.vpnGatewayAttached === true;
  if (!alreadyAttached && (props.vpcId === undefined || props.vpcId === '')) {
    r.error('vpcId', props.vpcId, 'required to attach the virtual private gateway', 'the vpc-... id; omit it only with vpnGatewayId and vpnGatewayAttached: true');
  }
}

/** `vpnGatewayAttached` describes an imported gateway; on a created one it would be silently meaningless. */
export function attachedOnlyWhenImported(props: RedundantVpnProps, r: Reporter): void {
  if (props.vpnGatewayAttached === true && props.vpnGatewayId === undefined) {
    r.error('vpnGatewayAttached', true, 'only applies to an imported gateway', 'set vpnGatewayId, or drop vpnGatewayAttached: a created gateway is always attached by this construct');
  }
}
