/**
 * Runs every validation rule over the props. Each rule is one small named function for one AWS
 * constraint; this list is the single place that decides which rules run.
 */
import { RedundantVpnProps } from '../model/props';
import { Reporter, ValidationIssue } from './issues';
import { adoptedIdsDistinct, adoptedSiteShape, adoptedVpnShape, adoptionCoherent } from './rules/adopt';
import { amazonSideAsnRange, customerAsnDiffersFromAmazonSide, customerGatewayAsn } from './rules/asn';
import { customerGatewayIpAddress, customerGatewaysDistinct } from './rules/customer-gateway-ip';
import { phase1DhGroups, phase2DhGroups } from './rules/dh-groups';
import {
  dpdTimeoutActionValue,
  encryptionAlgorithmValues,
  ikeVersionValues,
  integrityAlgorithmValues,
  lifecycleControlType,
  startupActionValue,
  startupStartNeedsIkev2Only,
} from './rules/enums';
import { customerGatewayDetails, namePrefix, routeTableIdsShape, tagsShape, vpcAttachment, vpcIdShape, vpnGatewayIdShape } from './rules/ids';
import {
  dpdTimeoutRange,
  phase1LifetimeRange,
  phase2LifetimeRange,
  phase2ShorterThanPhase1,
  rekeyFuzzRange,
  rekeyMarginRange,
  rekeyMarginWithinHalfPhase2,
  replayWindowRange,
} from './rules/lifetimes';
import { logOptionsCoherent, logOptionsShape, logOptionValues } from './rules/log-options';
import { presharedKeyFormat } from './rules/preshared-key';
import { routingMode, staticRoutePrefixes, staticRoutesMatchRouting } from './rules/routing';
import { customerGatewayShape, knownVpnFields, tunnelOptionsShape } from './rules/shape';
import { alarmSettings, alarmTopic, logSettings, presharedKeyStorage } from './rules/operations';
import { atLeastTwoCustomerGateways, customerGatewayNames } from './rules/topology';
import { insideCidrShape, insideCidrsDistinct, noInsideIpv6Cidr } from './rules/tunnel-cidr';
import { ikev1Warning, literalPresharedKeyWarning, rekeyFuzzZeroWarning, weakCryptoWarning } from './rules/warnings';
import { withTunnelLayers } from './tunnels';
import { isRecord } from './values';

export type Rule = (props: RedundantVpnProps, report: Reporter) => void;

/** Error rules, in report order: shape first, then per concern. */
export const RULES: readonly Rule[] = [
  // shape (props from JavaScript or JSON)
  knownVpnFields,
  customerGatewayShape,
  tunnelOptionsShape,
  // topology
  atLeastTwoCustomerGateways,
  customerGatewayNames,
  // ids
  vpcIdShape,
  vpnGatewayIdShape,
  vpcAttachment,
  routeTableIdsShape,
  namePrefix,
  tagsShape,
  // customer gateways
  customerGatewayIpAddress,
  customerGatewaysDistinct,
  customerGatewayAsn,
  customerGatewayDetails,
  amazonSideAsnRange,
  customerAsnDiffersFromAmazonSide,
  // routing
  routingMode,
  staticRoutesMatchRouting,
  staticRoutePrefixes,
  // tunnels
  insideCidrShape,
  insideCidrsDistinct,
  noInsideIpv6Cidr,
  presharedKeyFormat,
  phase1LifetimeRange,
  phase2LifetimeRange,
  phase2ShorterThanPhase1,
  rekeyMarginRange,
  rekeyMarginWithinHalfPhase2,
  rekeyFuzzRange,
  replayWindowRange,
  dpdTimeoutRange,
  phase1DhGroups,
  phase2DhGroups,
  ikeVersionValues,
  encryptionAlgorithmValues,
  integrityAlgorithmValues,
  dpdTimeoutActionValue,
  startupActionValue,
  startupStartNeedsIkev2Only,
  lifecycleControlType,
  logOptionsShape,
  logOptionValues,
  logOptionsCoherent,
  // production (monitoring, logging, key storage)
  alarmSettings,
  alarmTopic,
  logSettings,
  presharedKeyStorage,
  // adopting live resources
  adoptedVpnShape,
  adoptedSiteShape,
  adoptedIdsDistinct,
  adoptionCoherent,
];

/** Warning rules: run only when there is no error (a broken config gets its errors first). */
export const WARNING_RULES: readonly Rule[] = [weakCryptoWarning, ikev1Warning, literalPresharedKeyWarning, rekeyFuzzZeroWarning];

/** Runs all rules; returns the collected errors and warnings (never throws on bad input). */
export function validateVpnProps(props: RedundantVpnProps): Reporter {
  const report = new Reporter();
  if (!isRecord(props)) {
    report.error('$', props, 'not an object', 'RedundantVpnProps: { customerGateways: [...], ... }');
    return report;
  }
  withTunnelLayers(props, () => {
    runAll(RULES, props, report);
    if (report.errors.length === 0) runAll(WARNING_RULES, props, report);
  });
  return report;
}

function runAll(rules: readonly Rule[], props: RedundantVpnProps, report: Reporter): void {
  for (const rule of rules) {
    try {
      rule(props, report);
    } catch (e) {
      // A rule bug must still end as a listed issue, never a TypeError with a stack trace.
      report.error('$', undefined, `could not be checked by rule ${rule.name} (${(e as Error)?.message ?? String(e)})`, 'please report this');
    }
  }
}

/** The result of {@link checkRedundantVpnProps}. */
export interface VpnValidationResult {
  /** Broken AWS rules: constructing a RedundantVpn with these props throws. */
  readonly errors: ValidationIssue[];
  /** Legal but risky choices (weak crypto, IKEv1, a literal pre-shared key). */
  readonly warnings: ValidationIssue[];
}

/** Checks props without building anything: the errors the construct would throw and its warnings. */
export function checkRedundantVpnProps(props: RedundantVpnProps): VpnValidationResult {
  const report = validateVpnProps(props);
  return { errors: [...report.errors], warnings: [...report.warnings] };
}
