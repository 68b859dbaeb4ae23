/**
 * Runs every validation rule over the props. Each rule is one small named function for one AWS
 * constraint; this list is the single place that decides which rules run.
 */
import { RedundantVpnProps } from '../props';
import { Reporter } from './issues';
import { attachedOnlyWhenImported, vpcIdForAttachment } from './rules/gateway';
import { alarmSettings, alarmTopic, logSettings, presharedKeyStorage } from './rules/production';
import { routingMode, staticRoutesMatchRouting } from './rules/routing';
import { atLeastTwoCustomerGateways, customerGatewayNames } from './rules/topology';

export type Rule = (props: RedundantVpnProps, report: Reporter) => void;

export const RULES: readonly Rule[] = [
  atLeastTwoCustomerGateways,
  customerGatewayNames,
  vpcIdForAttachment,
  attachedOnlyWhenImported,
  routingMode,
  staticRoutesMatchRouting,
  alarmSettings,
  alarmTopic,
  logSettings,
  presharedKeyStorage,
];

/** Runs all rules; returns the collected errors and warnings (never throws on bad input). */
export function validateVpnProps(props: RedundantVpnProps): Reporter {
  const report = new Reporter();
  for (const rule of RULES) rule(props, report);
  return report;
}
