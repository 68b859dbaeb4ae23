/**
 * The tunnel-option rules that are pure lookups in the field table (`model/tunnel-option-fields.ts`):
 * a number in its range, a value of its closed set, a list of allowed entries, a boolean. Each
 * factory makes one rule; its allowed values, message text, summary and source come from the rows.
 */
import { TunnelOptions } from '../../model/props';
import { allowedText, INT32_MAX, oneOfText, rangeText, TUNNEL_OPTION_FIELDS } from '../../model/tunnel-option-fields';
import { Rule } from '../rule';
import { forEachGiven } from '../tunnels';
import { didYouMean, isToken, isWholeNumber } from '../values';
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
    check: (ctx) =>
      forEachGiven(ctx, field, ({ value, path }) => {
        if (typeof value !== 'boolean' && !isToken(value)) ctx.report.error(path, value, 'not a boolean', 'true or false');
      }),
  };
}
