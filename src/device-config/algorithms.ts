/**
 * AWS tunnel-option vocabulary → strongSwan proposal keywords, and the AWS defaults that apply when
 * an option is unset (a device must offer what AWS will accept, not what we wish AWS used).
 *
 * Sources: EC2 API `VpnTunnelOptionsSpecification` (allowed values and defaults) and the strongSwan
 * IKEv2 cipher-suite table (keywords).
 */
import { AWS_DEFAULTS } from '../model/aws-defaults';
import { EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, TunnelOptions } from '../model/props';

/** AWS defaults for an unset option: defined with the other AWS values, exported here as before. */
export { AWS_DEFAULTS };

/** AWS encryption algorithm → strongSwan keyword. */
export const ENCRYPTION_KEYWORDS: Readonly<Record<string, string>> = {
  [EncryptionAlgorithm.AES128]: 'aes128',
  [EncryptionAlgorithm.AES256]: 'aes256',
  [EncryptionAlgorithm.AES128_GCM_16]: 'aes128gcm16',
  [EncryptionAlgorithm.AES256_GCM_16]: 'aes256gcm16',
};

/** AWS integrity algorithm → strongSwan integrity keyword (the PRF is `prf` + the same name). */
export const INTEGRITY_KEYWORDS: Readonly<Record<string, string>> = {
  [IntegrityAlgorithm.SHA1]: 'sha1',
  [IntegrityAlgorithm.SHA2_256]: 'sha256',
  [IntegrityAlgorithm.SHA2_384]: 'sha384',
  [IntegrityAlgorithm.SHA2_512]: 'sha512',
};

/** IANA Diffie-Hellman group number (what AWS lists) → strongSwan keyword. */
export const DH_GROUP_KEYWORDS: Readonly<Record<number, string>> = {
  2: 'modp1024',
  5: 'modp1536',
  14: 'modp2048',
  15: 'modp3072',
  16: 'modp4096',
  17: 'modp6144',
  18: 'modp8192',
  19: 'ecp256',
  20: 'ecp384',
  21: 'ecp521',
  22: 'modp1024s160',
  23: 'modp2048s224',
  24: 'modp2048s256',
};

const AEAD = new Set<string>([EncryptionAlgorithm.AES128_GCM_16, EncryptionAlgorithm.AES256_GCM_16]);

function keyword(table: Readonly<Record<string | number, string>>, value: string | number, what: string): string {
  const k = table[value];
  if (k === undefined) throw new Error(`${what} ${JSON.stringify(value)} has no strongSwan equivalent (allowed: ${Object.keys(table).join(', ')})`);
  return k;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Splits the encryption list into classic (cipher + integrity) and AEAD proposals, in the order of
 * the first algorithm of each kind: strongSwan forbids integrity algorithms in an AEAD proposal.
 */
function proposals(encryption: readonly string[], classicTail: string[], aeadTail: string[]): string[] {
  const groups: string[] = [];
  const classic = encryption.filter((e) => !AEAD.has(e)).map((e) => keyword(ENCRYPTION_KEYWORDS, e, 'Encryption algorithm'));
  const aead = encryption.filter((e) => AEAD.has(e)).map((e) => keyword(ENCRYPTION_KEYWORDS, e, 'Encryption algorithm'));
  const first = encryption.length > 0 && AEAD.has(encryption[0]) ? 'aead' : 'classic';
  const render = (kind: 'classic' | 'aead') => {
    if (kind === 'classic' && classic.length > 0) groups.push([...unique(classic), ...classicTail].join('-'));
    if (kind === 'aead' && aead.length > 0) groups.push([...unique(aead), ...aeadTail].join('-'));
  };
  render(first);
  render(first === 'aead' ? 'classic' : 'aead');
  return groups;
}

/** The IKE version strongSwan should speak: IKEv2 whenever AWS allows it. */
export function ikeVersion(options: TunnelOptions): 1 | 2 {
  const versions = options.ikeVersions ?? AWS_DEFAULTS.ikeVersions;
  return versions.includes(IkeVersion.IKEV2) ? 2 : 1;
}

/**
 * The IKE (phase 1) proposals. AEAD proposals take the integrity algorithms as PRFs (IKEv2 only:
 * strongSwan's IKEv1 has no AEAD for the IKE SA, so GCM is left out of IKEv1 proposals).
 */
export function ikeProposals(options: TunnelOptions): string[] {
  const integrity = unique(options.phase1IntegrityAlgorithms ?? AWS_DEFAULTS.integrity).map((i) => keyword(INTEGRITY_KEYWORDS, i, 'Integrity algorithm'));
  const dh = unique(options.phase1DhGroupNumbers ?? AWS_DEFAULTS.phase1DhGroups).map((g) => keyword(DH_GROUP_KEYWORDS, g, 'Phase 1 DH group'));
  let encryption: readonly string[] = options.phase1EncryptionAlgorithms ?? AWS_DEFAULTS.encryption;
  if (ikeVersion(options) === 1) encryption = encryption.filter((e) => !AEAD.has(e));
  if (encryption.length === 0) throw new Error('Phase 1: no encryption algorithm usable with IKEv1 (AES128-GCM-16/AES256-GCM-16 need IKEv2)');
  return proposals(encryption, [...integrity, ...dh], [...integrity.map((i) => `prf${i}`), ...dh]);
}

/** The ESP (phase 2) proposals; the DH groups make PFS mandatory on rekey, as AWS does. */
export function espProposals(options: TunnelOptions): string[] {
  const integrity = unique(options.phase2IntegrityAlgorithms ?? AWS_DEFAULTS.integrity).map((i) => keyword(INTEGRITY_KEYWORDS, i, 'Integrity algorithm'));
  const dh = unique(options.phase2DhGroupNumbers ?? AWS_DEFAULTS.phase2DhGroups).map((g) => keyword(DH_GROUP_KEYWORDS, g, 'Phase 2 DH group'));
  const encryption = options.phase2EncryptionAlgorithms ?? AWS_DEFAULTS.encryption;
  return proposals(encryption, [...integrity, ...dh], dh);
}
