/**
 * What a validation rule is: data with an id (cdk-nag style, e.g. `VPN-TUN-LIFETIME-P1`), a level,
 * the AWS or provider reference it enforces, a one-line summary, and a check that reports into
 * the context it is given. The rule list (`index.ts`) is the single place that decides which
 * rules run; the rules table of `docs/validation.md` is generated from it.
 */
import { LogKinds } from '../model/logging-defaults';
import { RedundantVpnProps } from '../model/props';
import { Reporter } from './issues';
import type { EffectiveTunnel, OptionLayer } from './tunnels';

/** An error breaks an AWS rule (the construct throws); a warning is a legal but risky choice. */
export type RuleLevel = 'error' | 'warning';

/** Everything a rule reads: the props, their tunnels (computed once per run) and its reporter. */
export interface RuleContext {
  readonly props: RedundantVpnProps;
  /** Every tunnel of every connection, with the layers its options come from. */
  readonly tunnels: readonly EffectiveTunnel[];
  /** Every option layer as given (profile, each connection, each tunnel), set or not. */
  readonly layers: readonly OptionLayer[];
  /** The logs the construct-wide `logging` turns on for every tunnel (the lowest layer). */
  readonly inheritedLogs: LogKinds;
  /** Reports under this rule's id. */
  readonly report: Reporter;
}

/** One validation rule. */
export interface Rule {
  /** Stable id, e.g. `VPN-TUN-LIFETIME-P1`: issues carry it, warnings are acknowledged by it. */
  readonly id: string;
  readonly level: RuleLevel;
  /** The reference it enforces: EC2 API, provider validator, AWS documentation, or a library rule. */
  readonly source: string;
  /** One line: what it checks (docs/validation.md). */
  readonly what: string;
  readonly check: (ctx: RuleContext) => void;
  /** The option fields a lookup rule checks (made from the field table: `rules/lookups.ts`). */
  readonly fields?: readonly string[];
}

/**
 * A rule from a plain `(props, report) => void` function: the shape rule files had before rules
 * became data, so such a function joins the rule list unchanged, with its id, level and source:
 *
 *     ruleFromFunction({ id: 'VPN-ROUTE-NO-PROPAGATION', level: 'warning', source: 'AWS docs: …', what: '…' }, noRoutePropagationWarning)
 *
 * Its `report` is the rule's own reporter (issues carry the id; no need to write it into the
 * message). It may read tunnels with `effectiveTunnels(props)` / `optionLayers(props)` (computed
 * afresh); to use the tunnels built once per run, turn it into `(ctx: RuleContext) => void` and
 * read `ctx.tunnels`, `ctx.layers`, `forEachGiven(ctx, …)`.
 */
export function ruleFromFunction(
  meta: Omit<Rule, 'check'>,
  fn: (props: RedundantVpnProps, report: Reporter) => void,
): Rule {
  return { ...meta, check: (ctx) => fn(ctx.props, ctx.report) };
}
