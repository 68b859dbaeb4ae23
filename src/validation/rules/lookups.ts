/**
 * The option rules that are pure lookups in the field tables (`model/tunnel-option-fields.ts`,
 * `model/connection-option-fields.ts`): a number in its range, a value of its closed set, a list
 * of allowed entries, a boolean, a CIDR. Each
 * factory makes one rule; its allowed values, message text, summary and source come from the rows.
 */
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../../model/connection-option-fields';
import { TunnelOptions } from '../../model/props';
import { allowedText, INT32_MAX, oneOfText, rangeText, TUNNEL_OPTION_FIELDS } from '../../model/tunnel-option-fields';
import { Rule } from '../rule';
import { forEachGiven } from '../tunnels';
import { forEachGateway } from '../gateways';
import { didYouMean, isToken, isWholeNumber, parseCidr } from '../values';
import { checkList } from './lists';

type FieldsOfKind<K extends string> = { [F in keyof TunnelOptions]-?: (typeof TUNNEL_OPTION_FIELDS)[F]['kind'] extends K ? F : never }[keyof TunnelOptions];

const API = 'EC2 API VpnTunnelOptionsSpecification';
const argument = (field: keyof TunnelOptions) => `tunnelN_${TUNNEL_OPTION_FIELDS[field].argument}`;

/** A whole number in the row's range (provider IntBetween / IntAtLeast). */
export function rangeRule(id: string, field: FieldsOfKind<'number'>): Rule {
  const row = TUNNEL_OPTION_FIELDS[field];
  const max: number = 'max' in row ? row.max : INT32_MAX;
  const allowed = rangeText(row);
  const validator = 'max' in row ? `IntBetween(${row.min}, ${row.max})` : `IntAtLeast(${row.min})`;
  return {
    id,
    level: 'error',
    source: `provider ${argument(field)} ${validator}; ${API}`,
    what: `${field}: a whole number, ${allowed.replace(/, .*/, '')}`,
    fields: [field],
    check: (ctx) =>
      forEachGiven(ctx, field, ({ value, path }) => {
        if (isToken(value)) return;
        if (!isWholeNumber(value)) ctx.report.error(path, value, 'not a whole number', allowed);
        else if (value < row.min || value > max) ctx.report.error(path, value, 'out of range', allowed);
      }),
  };
}

/** One value of the row's closed set, case-sensitive (provider StringInSlice). */
export function enumRule(id: string, field: FieldsOfKind<'enum'>): Rule {
  const allowed: readonly string[] = TUNNEL_OPTION_FIELDS[field].values;
  return {
    id,
    level: 'error',
    source: `provider ${argument(field)} StringInSlice (case-sensitive); ${API}`,
    what: `${field}: ${allowedText(TUNNEL_OPTION_FIELDS[field])}`,
    fields: [field],
    check: (ctx) =>
      forEachGiven(ctx, field, ({ value, path }) => {
        if (isToken(value) || allowed.includes(value as string)) return;
        ctx.report.error(path, value, 'not an allowed value', `${oneOfText(allowed)}${didYouMean(value, allowed)}`);
      }),
  };
}

/** Each of `fields` a non-empty list of distinct allowed entries (one rule: the fields share a vocabulary). */
export function listRule(id: string, what: string, ...fields: FieldsOfKind<'list'>[]): Rule {
  return {
    id,
    level: 'error',
    source: `provider ${fields.map(argument).join(', ')}; ${API}`,
    what,
    fields,
    check: (ctx) => {
      for (const field of fields) {
        const row = TUNNEL_OPTION_FIELDS[field];
        const allowed: readonly (string | number)[] = row.values;
        const badEntry = 'badEntry' in row ? row.badEntry : 'not an allowed value';
        checkList(ctx, field, { allowed, allowedText: allowedText(row), badEntry });
      }
    },
  };
}

/** Booleans stay booleans: `"true"` from a hand-written config is not `true`. */
export function booleanRule(id: string, field: FieldsOfKind<'boolean'>): Rule {
  return {
    id,
    level: 'error',
    source: `provider ${argument(field)} TypeBool`,
    what: `${field}: true or false (not a string)`,
    fields: [field],
    check: (ctx) =>
      forEachGiven(ctx, field, ({ value, path }) => {
        if (typeof value !== 'boolean' && !isToken(value)) ctx.report.error(path, value, 'not a boolean', 'true or false');
      }),
  };
}

/**
 * Every CIDR row of the connection-option table, on every connection: a canonical IPv4 network
 * CIDR (provider IsCIDRNetwork(0, 32): no host bits). A new CIDR row needs no new rule.
 */
export function connectionCidrRule(id: string): Rule {
  const fields = CONNECTION_OPTION_NAMES.filter((name) => CONNECTION_OPTION_FIELDS[name].kind === 'cidr');
  return {
    id,
    level: 'error',
    source: `provider ${fields.map((f) => CONNECTION_OPTION_FIELDS[f].argument).join(', ')} IsCIDRNetwork(0, 32); EC2 API VpnConnectionOptionsSpecification`,
    what: `${fields.join(', ')}: an IPv4 network CIDR`,
    fields,
    check: (ctx) =>
      forEachGateway(ctx.props, (cgw, i) => {
        for (const field of fields) {
          const value = cgw[field];
          const path = `customerGateways[${i}].${field}`;
          const allowed = CONNECTION_OPTION_FIELDS[field].allowedText;
          if (value === undefined || isToken(value)) continue;
          if (typeof value !== 'string') {
            ctx.report.error(path, value, 'not a string', allowed);
            continue;
          }
          const cidr = parseCidr(value);
          if (!cidr) ctx.report.error(path, value, 'not a canonical IPv4 CIDR', `${allowed}, written without leading zeros or spaces`);
          else if (cidr.network !== value) ctx.report.error(path, value, 'host bits set', `the network address is "${cidr.network}"`);
        }
      }),
  };
}
