/**
 * Tunnel MTU and TCP MSS for a customer gateway device, from AWS's best-practice table "Adjust MTU
 * and MSS sizes according to the algorithms in use" (Site-to-Site VPN user guide, customer gateway
 * device best practices): AWS supports at most 1446 bytes of MTU (MSS 1406), and the ESP overhead
 * of the negotiated algorithms takes more. AWS may negotiate any phase 2 combination the tunnel
 * allows, so the recommendation is the smallest value over those combinations (with NAT traversal,
 * the worst case, since a device rarely knows whether a NAT sits on the path).
 *
 * Checked: every row below against the text of AWS's table (the NAT-traversal-enabled column:
 * AES-GCM-16 1438/1398; AES-CBC with SHA1 or SHA2-256 1422/1382, SHA2-384 1422/1382, SHA2-512
 * 1406/1366; without NAT traversal the maximum 1446/1406 for AES-GCM-16), and AWS's own
 * configuration XML and strongSwan sample (1379 MSS / 1419 MTU for their AES128/SHA1 suite) in the
 * tests.
 */
import { EncryptionAlgorithm, IntegrityAlgorithm } from '../model/props';

/** One row of AWS's table: IPv4 MTU and MSS with NAT traversal. */
interface MtuRow {
  readonly mtuBytes: number;
  readonly mssBytes: number;
}

const GCM = new Set<string>([EncryptionAlgorithm.AES128_GCM_16, EncryptionAlgorithm.AES256_GCM_16]);

/** AES-GCM (integrity is part of the cipher). */
const AEAD_ROW: MtuRow = { mtuBytes: 1438, mssBytes: 1398 };
/** AES-CBC rows by integrity algorithm: the longer the ICV, the smaller the payload. */
const CBC_ROWS: Readonly<Record<string, MtuRow>> = {
  [IntegrityAlgorithm.SHA1]: { mtuBytes: 1422, mssBytes: 1382 },
  [IntegrityAlgorithm.SHA2_256]: { mtuBytes: 1422, mssBytes: 1382 },
  [IntegrityAlgorithm.SHA2_384]: { mtuBytes: 1422, mssBytes: 1382 },
  [IntegrityAlgorithm.SHA2_512]: { mtuBytes: 1406, mssBytes: 1366 },
};

/** The largest MTU/MSS AWS supports on a tunnel. */
export const AWS_MAX_TUNNEL_MTU: MtuRow = { mtuBytes: 1446, mssBytes: 1406 };

/** The MTU/MSS to configure for a tunnel that allows these phase 2 algorithms. */
export function recommendedMtu(encryption: readonly string[], integrity: readonly string[]): MtuRow {
  const rows: MtuRow[] = [];
  for (const e of encryption) {
    if (GCM.has(e)) rows.push(AEAD_ROW);
    else for (const i of integrity) rows.push(CBC_ROWS[i] ?? CBC_ROWS[IntegrityAlgorithm.SHA2_512]);
  }
  if (rows.length === 0) return CBC_ROWS[IntegrityAlgorithm.SHA2_512];
  return rows.reduce((a, b) => (b.mtuBytes < a.mtuBytes ? b : a));
}
