/**
 * AWS tunnel-option vocabulary → strongSwan proposal keywords, and the AWS defaults that apply when
 * an option is unset (a device must offer what AWS will accept, not what we wish AWS used).
 *
 * Sources: EC2 API `VpnTunnelOptionsSpecification` (allowed values and defaults) and the strongSwan
 * IKEv2 cipher-suite table (keywords).
 */
import { AWS_DEFAULTS } from '../model/aws-defaults';
import { IkeVersion, TunnelOptions } from '../model/props';
import { AlgorithmNames, DH_GROUP_NAMES, ENCRYPTION_NAMES, INTEGRITY_NAMES } from '../handoff/algorithm-names';

const keywords = <K extends string | number>(table: Readonly<Record<K, AlgorithmNames>>): Readonly<Record<K, string>> =>
  Object.fromEntries(Object.entries<AlgorithmNames>(table).map(([k, v]) => [k, v.strongswan])) as Record<K, string>;

/** AWS encryption algorithm → strongSwan keyword (from the one names table). */
export const ENCRYPTION_KEYWORDS: Readonly<Record<string, string>> = keywords(ENCRYPTION_NAMES);
/** AWS integrity algorithm → strongSwan integrity keyword (the PRF is `prf` + the same name). */
export const INTEGRITY_KEYWORDS: Readonly<Record<string, string>> = keywords(INTEGRITY_NAMES);
/** IANA Diffie-Hellman group number (what AWS lists) → strongSwan keyword. */
export const DH_GROUP_KEYWORDS: Readonly<Record<number, string>> = keywords(DH_GROUP_NAMES);

const AEAD = new Set<string>(Object.values(ENCRYPTION_NAMES).filter((n) => n.aead).map((n) => n.aws));

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
  if (ikeVersion(options) === 1) {
    encryption = encryption.filter((e) => !AEAD.has(e));
    if (encryption.length === 0) throw new Error('Phase 1: no encryption algorithm usable with IKEv1 (AES128-GCM-16/AES256-GCM-16 need IKEv2)');
    return combinations(encryption.map((e) => keyword(ENCRYPTION_KEYWORDS, e, 'Encryption algorithm')), integrity, dh);
  }
  return proposals(encryption, [...integrity, ...dh], [...integrity.map((i) => `prf${i}`), ...dh]);
}

/**
 * IKEv1 proposals: one per combination. strongSwan's IKEv1 keeps only the first algorithm of each
 * kind from a proposal, so `aes128-aes256-sha1-sha256-modp2048-ecp384` would offer aes128-sha1-modp2048
 * alone and strip everything else AWS accepts.
 */
function combinations(encryption: string[], integrity: string[], dh: string[]): string[] {
  const out: string[] = [];
  for (const e of unique(encryption)) for (const i of integrity) for (const g of dh) out.push(`${e}-${i}-${g}`);
  return out;
}

/** The ESP (phase 2) proposals; the DH groups make PFS mandatory on rekey, as AWS does. */
export function espProposals(options: TunnelOptions): string[] {
  const integrity = unique(options.phase2IntegrityAlgorithms ?? AWS_DEFAULTS.integrity).map((i) => keyword(INTEGRITY_KEYWORDS, i, 'Integrity algorithm'));
  const dh = unique(options.phase2DhGroupNumbers ?? AWS_DEFAULTS.phase2DhGroups).map((g) => keyword(DH_GROUP_KEYWORDS, g, 'Phase 2 DH group'));
  const encryption = options.phase2EncryptionAlgorithms ?? AWS_DEFAULTS.encryption;
  if (ikeVersion(options) === 1) {
    const classic = encryption.filter((e) => !AEAD.has(e)).map((e) => keyword(ENCRYPTION_KEYWORDS, e, 'Encryption algorithm'));
    const aead = encryption.filter((e) => AEAD.has(e)).map((e) => keyword(ENCRYPTION_KEYWORDS, e, 'Encryption algorithm'));
    const out = [...combinations(classic, integrity, dh)];
    for (const e of unique(aead)) for (const g of dh) out.push(`${e}-${g}`);
    return out;
  }
  return proposals(encryption, [...integrity, ...dh], dh);
}
