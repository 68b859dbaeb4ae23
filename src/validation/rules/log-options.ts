/**
 * Tunnel CloudWatch log options (`tunnelN_log_options.cloudwatch_log_options`). Source: provider
 * `log_output_format` StringInSlice (P); EC2 API `CloudWatchLogOptionsSpecification` (A): logging
 * enabled needs a log group ARN. A group or a format while logging is never switched on does
 * nothing at AWS: rejected as a mistake (library rule, L). An explicit `logEnabled: false` is
 * allowed next to an inherited group: it is how one tunnel opts out of a connection's logging.
 */
import { adoptsConnection } from '../../model/adopt';
import { LogOutputFormat } from '../../model/props';
import { RuleContext } from '../rule';
import { forEachGiven, scopeText } from '../tunnels';
import { isRecord, isToken, oneOfText } from '../values';

/** `arn:<partition>:logs:<region>:<account>:log-group:<name>[:*]` */
const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-/.#]{1,512}(:\*)?$/;

/** The tunnel and BGP log settings share one shape. */
const KINDS = [
  { enabled: 'logEnabled', group: 'logGroupArn', format: 'logOutputFormat', what: 'tunnel activity logging' },
  { enabled: 'bgpLogEnabled', group: 'bgpLogGroupArn', format: 'bgpLogOutputFormat', what: 'BGP logging' },
] as const;

/** `logOptions` is an object wherever it is given. */
export function logOptionsShape(ctx: RuleContext): void {
  const { report: r } = ctx;
  for (const layer of ctx.layers) {
    if (!isRecord(layer.value) || layer.value.logOptions === undefined) continue;
    const logOptions = layer.value.logOptions;
    if (!isRecord(logOptions) && !isToken(logOptions)) {
      r.error(`${layer.path}.logOptions`, logOptions, 'not an object', 'e.g. { "logEnabled": true, "logGroupArn": "arn:aws:logs:…:log-group:…" }');
    }
  }
}

export function logOptionValues(ctx: RuleContext): void {
  const { report: r } = ctx;
  const formats: string[] = Object.values(LogOutputFormat);
  for (const kind of KINDS) {
    forEachGiven(ctx, kind.enabled, ({ value, path }) => {
      if (typeof value !== 'boolean' && !isToken(value)) r.error(path, value, 'not a boolean', 'true or false');
    }, true);
    forEachGiven(ctx, kind.group, ({ value, path }) => {
      if (isToken(value)) return;
      if (typeof value !== 'string' || !LOG_GROUP_ARN.test(value)) {
        r.error(path, value, 'not a CloudWatch Logs log group ARN', 'arn:aws:logs:<region>:<account>:log-group:<name>');
      }
    }, true);
    forEachGiven(ctx, kind.format, ({ value, path }) => {
      if (!isToken(value) && !formats.includes(value as string)) r.error(path, value, 'not an allowed value', oneOfText(formats));
    }, true);
  }
}

/** Logging enabled needs a group; a group or format needs logging enabled (each tunnel's merged options). */
export function logOptionsCoherent(ctx: RuleContext): void {
  const { report: r } = ctx;
  const reported = new Set<string>();
  const once = (path: string) => !reported.has(path) && reported.add(path) !== undefined;
  // The construct-wide `logging` (on by default) is the lowest layer: it enables logs with a group.
  const inherited = ctx.inheritedLogs;
  for (const tunnel of ctx.tunnels) {
    for (const kind of KINDS) {
      // An adopted connection inherits nothing from `logging` (see adoptsConnection).
      const adopted = adoptsConnection(Array.isArray(ctx.props.customerGateways) ? ctx.props.customerGateways[tunnel.customerGatewayIndex] : undefined);
      const fromLogging = !adopted && (kind.enabled === 'logEnabled' ? inherited.tunnel : inherited.bgp);
      const enabled = tunnel.getLog(kind.enabled);
      const group = tunnel.getLog(kind.group);
      const format = tunnel.getLog(kind.format);
      if (enabled && isToken(enabled.value)) continue;
      if (enabled?.value === true && !group && !fromLogging && once(enabled.path)) {
        r.error(enabled.path, true, `${kind.what} enabled without a log group in ${scopeText(tunnel, enabled)}`, `set ${kind.group} to a CloudWatch Logs log group ARN`);
      }
      // Only when logging is never switched on: an explicit `false` may override an inherited
      // enabled group on one tunnel (the merged group is then harmless).
      if (enabled === undefined && !fromLogging) {
        for (const given of [group, format]) {
          if (given && once(given.path)) {
            r.error(given.path, given.value, `set without ${kind.what} enabled in ${scopeText(tunnel, given, enabled)}`, `set ${kind.enabled}: true, or remove it`);
          }
        }
      }
    }
  }
}
