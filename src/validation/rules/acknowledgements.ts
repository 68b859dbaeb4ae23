/**
 * Acknowledged warnings (`acknowledgedWarnings`), like cdk-nag suppressions: each key is the id of
 * a warning rule, each value the reason. Library rule (L): an unknown id (a typo would silently
 * acknowledge nothing), an error rule (errors break AWS's rules and cannot be waived) and a
 * missing reason are errors.
 */
import type { Rule, RuleContext } from '../rule';
import { isRecord, isToken } from '../values';

export const ACKNOWLEDGEMENTS_RULE_ID = 'VPN-ACK';

/** The acknowledgement check; `catalog` gives every rule (known once the rule list is built). */
export function acknowledgementsRule(catalog: () => readonly Rule[]): Rule {
  return {
    id: ACKNOWLEDGEMENTS_RULE_ID,
    level: 'error',
    source: 'library rule (like cdk-nag suppressions)',
    what: 'acknowledgedWarnings: known warning rule ids, each with a reason',
    check: (ctx: RuleContext) => {
      const given: unknown = ctx.props.acknowledgedWarnings;
      const r = ctx.report;
      if (given === undefined) return;
      if (isToken(given) || !isRecord(given)) {
        r.error('acknowledgedWarnings', given, 'not a literal object', '{ "<warning rule id>": "<reason>" }');
        return;
      }
      const rules = catalog();
      const warningIds = rules.filter((rule) => rule.level === 'warning').map((rule) => rule.id);
      for (const [id, reason] of Object.entries(given)) {
        const path = `acknowledgedWarnings.${id}`;
        const rule = rules.find((candidate) => candidate.id === id);
        if (!rule) r.error(path, id, 'unknown rule id', `a warning rule id: ${warningIds.join(', ')}`);
        else if (rule.level !== 'warning') r.error(path, id, 'an error rule cannot be acknowledged', 'fix the error: only warnings (legal but risky choices) can be acknowledged');
        if (typeof reason !== 'string' || reason.trim() === '' || isToken(reason)) {
          r.error(path, reason, 'no reason given', 'say why the warning is accepted, e.g. "the DC1 routers speak IKEv1 only"');
        }
      }
    },
  };
}
