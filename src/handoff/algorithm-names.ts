/**
 * The names of every algorithm and Diffie-Hellman group AWS offers, once: AWS's name, the
 * strongSwan keyword, the IKEv2 (IANA) transform name and the names vendors commonly use. The
 * strongSwan renderer and the tunnel sheet read this table.
 *
 * Sources: EC2 API `VpnTunnelOptionsSpecification` (AWS names), IANA "IKEv2 Parameters" (transform
 * names and group numbers), strongSwan's IKEv2 cipher-suite table (keywords).
 */
import { EncryptionAlgorithm, IntegrityAlgorithm } from '../model/props';

/** Names of one algorithm or group. */
export interface AlgorithmNames {
  /** AWS's name (or group number) as the API and this library use it. */
  readonly aws: string;
  /** strongSwan proposal keyword (for integrity: the ESP/IKE integrity keyword; the PRF is `prf` + it). */
  readonly strongswan: string;
  /** IKEv2 transform name (IANA registry). */
  readonly iana: string;
  /** Other names vendors use for it (Cisco, Juniper, Palo Alto, Fortinet…): what to look for in a device's menu. */
  readonly common: readonly string[];
  /** AEAD cipher: integrity is part of it (no separate integrity algorithm on ESP; PRF only on IKE). */
  readonly aead?: boolean;
}

export const ENCRYPTION_NAMES: Readonly<Record<EncryptionAlgorithm, AlgorithmNames>> = {
  [EncryptionAlgorithm.AES128]: { aws: 'AES128', strongswan: 'aes128', iana: 'ENCR_AES_CBC (128-bit key)', common: ['aes-128-cbc', 'aes128', 'aes-cbc-128'] },
  [EncryptionAlgorithm.AES256]: { aws: 'AES256', strongswan: 'aes256', iana: 'ENCR_AES_CBC (256-bit key)', common: ['aes-256-cbc', 'aes256', 'aes-cbc-256'] },
  [EncryptionAlgorithm.AES128_GCM_16]: {
    aws: 'AES128-GCM-16',
    strongswan: 'aes128gcm16',
    iana: 'ENCR_AES_GCM_16 (128-bit key)',
    common: ['aes-gcm-128', 'aes128gcm', 'aes-128-gcm (16-octet ICV)'],
    aead: true,
  },
  [EncryptionAlgorithm.AES256_GCM_16]: {
    aws: 'AES256-GCM-16',
    strongswan: 'aes256gcm16',
    iana: 'ENCR_AES_GCM_16 (256-bit key)',
    common: ['aes-gcm-256', 'aes256gcm', 'aes-256-gcm (16-octet ICV)'],
    aead: true,
  },
};

export const INTEGRITY_NAMES: Readonly<Record<IntegrityAlgorithm, AlgorithmNames>> = {
  [IntegrityAlgorithm.SHA1]: { aws: 'SHA1', strongswan: 'sha1', iana: 'AUTH_HMAC_SHA1_96 / PRF_HMAC_SHA1', common: ['sha', 'sha1', 'hmac-sha1-96'] },
  [IntegrityAlgorithm.SHA2_256]: { aws: 'SHA2-256', strongswan: 'sha256', iana: 'AUTH_HMAC_SHA2_256_128 / PRF_HMAC_SHA2_256', common: ['sha256', 'sha-256', 'hmac-sha256-128'] },
  [IntegrityAlgorithm.SHA2_384]: { aws: 'SHA2-384', strongswan: 'sha384', iana: 'AUTH_HMAC_SHA2_384_192 / PRF_HMAC_SHA2_384', common: ['sha384', 'sha-384', 'hmac-sha384-192'] },
  [IntegrityAlgorithm.SHA2_512]: { aws: 'SHA2-512', strongswan: 'sha512', iana: 'AUTH_HMAC_SHA2_512_256 / PRF_HMAC_SHA2_512', common: ['sha512', 'sha-512', 'hmac-sha512-256'] },
};

const group = (n: number, strongswan: string, iana: string, extra: string[] = []): AlgorithmNames => ({
  aws: String(n),
  strongswan,
  iana,
  common: [`group${n}`, `dh${n}`, ...extra],
});

/** Diffie-Hellman groups AWS offers on phase 1 and/or 2, by IANA number. */
export const DH_GROUP_NAMES: Readonly<Record<number, AlgorithmNames>> = {
  2: group(2, 'modp1024', '1024-bit MODP Group'),
  5: group(5, 'modp1536', '1536-bit MODP Group'),
  14: group(14, 'modp2048', '2048-bit MODP Group'),
  15: group(15, 'modp3072', '3072-bit MODP Group'),
  16: group(16, 'modp4096', '4096-bit MODP Group'),
  17: group(17, 'modp6144', '6144-bit MODP Group'),
  18: group(18, 'modp8192', '8192-bit MODP Group'),
  19: group(19, 'ecp256', '256-bit random ECP group', ['ecp256', 'NIST P-256']),
  20: group(20, 'ecp384', '384-bit random ECP group', ['ecp384', 'NIST P-384']),
  21: group(21, 'ecp521', '521-bit random ECP group', ['ecp521', 'NIST P-521']),
  22: group(22, 'modp1024s160', '1024-bit MODP Group with 160-bit Prime Order Subgroup'),
  23: group(23, 'modp2048s224', '2048-bit MODP Group with 224-bit Prime Order Subgroup'),
  24: group(24, 'modp2048s256', '2048-bit MODP Group with 256-bit Prime Order Subgroup'),
};

/** "AWS name (strongSwan; IANA; common names)" for a sheet cell. */
export function describeAlgorithm(names: AlgorithmNames | undefined, value: string | number): string {
  if (!names) return `${value} (unknown to this tool)`;
  return `${names.aws} (${[names.strongswan, ...names.common.filter((c) => c !== names.strongswan)].join(' / ')})`;
}
