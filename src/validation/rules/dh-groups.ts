/**
 * Diffie-Hellman groups. Source: EC2 API `VpnTunnelOptionsSpecification` (D):
 * phase 1 valid values 2 | 14–24, phase 2 valid values 2 | 5 | 14–24.
 */
import { RedundantVpnProps } from '../../model/props';
import * as aws from '../../model/aws-defaults';
import { Reporter } from '../issues';
import { checkList } from './lists';

export const PHASE1_DH_GROUPS: readonly number[] = aws.PHASE1_DH_GROUPS;
export const PHASE2_DH_GROUPS: readonly number[] = aws.PHASE2_DH_GROUPS;

export function phase1DhGroups(props: RedundantVpnProps, r: Reporter): void {
  checkList(props, r, 'phase1DhGroupNumbers', { allowed: PHASE1_DH_GROUPS, allowedText: 'phase 1 allows 2, 14–24', badEntry: 'not a phase 1 DH group' });
}

export function phase2DhGroups(props: RedundantVpnProps, r: Reporter): void {
  checkList(props, r, 'phase2DhGroupNumbers', { allowed: PHASE2_DH_GROUPS, allowedText: 'phase 2 allows 2, 5, 14–24', badEntry: 'not a phase 2 DH group' });
}
