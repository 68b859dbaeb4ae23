/**
 * Diffie-Hellman groups. Source: EC2 API `VpnTunnelOptionsSpecification` (D): phase 1 valid
 * values 2 | 14–24, phase 2 valid values 2 | 5 | 14–24. The allowed groups are the field table's
 * (the rules are lookups: `lookups.ts`); re-exported here under the names tests and tools know.
 */
import * as aws from '../../model/aws-defaults';

export const PHASE1_DH_GROUPS: readonly number[] = aws.PHASE1_DH_GROUPS;
export const PHASE2_DH_GROUPS: readonly number[] = aws.PHASE2_DH_GROUPS;
