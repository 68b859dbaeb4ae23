/**
 * AWS ids and ARNs. Source: AWS resource id format (D: `<prefix>-` then 8 or 17 lowercase hex
 * digits), provider `device_name` StringLenBetween(1, 255) and `certificate_arn` ValidARN (P).
 * A token (an id from another resource or a variable) is checked at apply time instead.
 */
import { Reporter } from '../issues';
import { RuleContext } from '../rule';
import { isRecord, isToken } from '../values';
import { forEachGateway } from '../gateways';

const idShape = (prefix: string) => new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
const VPC_ID = idShape('vpc');
const VGW_ID = idShape('vgw');
const RTB_ID = idShape('rtb');
const idAllowed = (prefix: string) => `"${prefix}-" then 8 or 17 lowercase hex digits, e.g. "${prefix}-0a1b2c3d4e5f60718"`;

function checkId(r: Reporter, path: string, value: unknown, shape: RegExp, prefix: string): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !shape.test(value)) r.error(path, value, `not a ${prefix}- id`, idAllowed(prefix));
}

export function vpcIdShape(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  checkId(r, 'vpcId', props.vpcId, VPC_ID, 'vpc');
}

export function vpnGatewayIdShape(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  checkId(r, 'vpnGatewayId', props.vpnGatewayId, VGW_ID, 'vgw');
}

/** A VPC is needed whenever an attachment is created; `vpnGatewayAttached` only means something for an imported gateway. */
export function vpcAttachment(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const attached = props.vpnGatewayAttached;
  if (attached !== undefined && typeof attached !== 'boolean' && !isToken(attached)) {
    r.error('vpnGatewayAttached', attached, 'not a boolean', 'true or false');
    return;
  }
  // An existing gateway: referenced (vpnGatewayId) or adopted (adopt.vpnGatewayId).
  const existing = props.vpnGatewayId !== undefined || (isRecord(props.adopt) && props.adopt.vpnGatewayId !== undefined);
  if (attached === true && !existing) {
    r.error('vpnGatewayAttached', attached, 'only applies to an imported gateway', 'set vpnGatewayId to the existing vgw- id, or remove vpnGatewayAttached');
  }
  const createsAttachment = !(existing && attached === true);
  if (createsAttachment && props.vpcId === undefined) {
    r.error('vpcId', undefined, 'required: the virtual private gateway must be attached to a VPC', 'the vpc- id; or import an attached gateway with vpnGatewayId and vpnGatewayAttached: true');
  }
}

export function routeTableIdsShape(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const ids: unknown = props.routeTableIds;
  if (ids === undefined) return;
  if (isToken(ids)) {
    r.error('routeTableIds', ids, 'must be a literal list: each id is part of a construct id', 'the rtb- ids written out');
    return;
  }
  if (!Array.isArray(ids)) {
    r.error('routeTableIds', ids, 'not a list', 'a list of route table ids');
    return;
  }
  ids.forEach((id: unknown, i: number) => {
    if (isToken(id)) r.error(`routeTableIds[${i}]`, id, 'must be a literal: the id is part of a construct id', idAllowed('rtb'));
    else if (id === '') r.error(`routeTableIds[${i}]`, id, 'empty', idAllowed('rtb'));
    else checkId(r, `routeTableIds[${i}]`, id, RTB_ID, 'rtb');
  });
}

/** `device_name`: 1–255 characters (provider); `certificate_arn`: an ACM certificate ARN. */
export function customerGatewayDetails(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  forEachGateway(props, (cgw, i) => {
    const device = cgw.deviceName;
    if (device !== undefined && !isToken(device) && (typeof device !== 'string' || device.length < 1 || device.length > 255)) {
      r.error(`customerGateways[${i}].deviceName`, device, 'not a device name', 'a string of 1–255 characters');
    }
    const cert = cgw.certificateArn;
    if (cert !== undefined && !isToken(cert) && (typeof cert !== 'string' || !/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(cert))) {
      r.error(`customerGateways[${i}].certificateArn`, cert, 'not an ACM certificate ARN', 'arn:aws:acm:<region>:<account>:certificate/<id>');
    }
  });
}

/** AWS tag limits: key 1–128 characters, not starting with "aws:"; value up to 256 characters. */
export function tagsShape(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const check = (path: string, tags: unknown) => {
    if (tags === undefined || isToken(tags)) return;
    if (!isRecord(tags)) {
      r.error(path, tags, 'not an object', 'string keys and string values');
      return;
    }
    for (const [key, value] of Object.entries(tags)) {
      if (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:')) {
        r.error(`${path}.${key}`, key, 'not a valid tag key', '1–128 characters, not starting with "aws:"');
      }
      if (isToken(value)) continue;
      if (typeof value !== 'string' || value.length > 256) r.error(`${path}.${key}`, value, 'not a valid tag value', 'a string of up to 256 characters');
    }
  };
  check('tags', props.tags);
  forEachGateway(props, (cgw, i) => check(`customerGateways[${i}].tags`, cgw.tags));
}

/** The Name tag prefix is a string. */
export function namePrefix(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const name: unknown = props.name;
  if (name !== undefined && !isToken(name) && (typeof name !== 'string' || name.length === 0 || name.length > 200)) {
    r.error('name', name, 'not a name', 'a string of 1–200 characters (the Name tag prefix)');
  }
}
