/**
 * The per-stack hand-off files for the on-premises team: `<outdir>/<stack>.json` with, per VPN
 * connection and tunnel, the AWS outside IP, the inside addresses and the ASNs (and, when on, the
 * alarm topic and log group ARNs).
 *
 * Built field by field from a whitelist (never by copying the outputs), so a pre-shared key can
 * never reach these files, even when the outputs file was written with sensitive outputs.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { Value } from '@sinclair/typebox/value';
import { InputFileError, readJsonFile } from '../internal/read-json-file';
import { StackHandoffDocument, VpnHandoff, VpnHandoffSchema } from '../model/handoff';
import { findHandoffs, FoundHandoff } from './outputs-file';

export type { StackHandoffDocument } from '../model/handoff';

/** Groups the hand-offs by stack, keeping only the fields of the hand-off contract. */
export function stackHandoffDocuments(found: readonly FoundHandoff[]): StackHandoffDocument[] {
  const byStack = new Map<string, { [vpn: string]: VpnHandoff }>();
  for (const f of found) {
    const vpns = byStack.get(f.stack) ?? {};
    vpns[f.vpn] = publicHandoff(f.handoff, `${f.stack}/${f.vpn}`);
    byStack.set(f.stack, vpns);
  }
  return [...byStack.entries()].map(([stack, vpns]) => ({ stack, vpns }));
}

/**
 * The hand-off with every field the contract does not name removed (a whitelist derived from the
 * schema), then checked against it: a value of the wrong type is refused, naming its path only
 * (never the value: it could be a key in the wrong place).
 */
export function publicHandoff(h: VpnHandoff, where: string): VpnHandoff {
  const cleaned = Value.Clean(VpnHandoffSchema, structuredClone(h)) as VpnHandoff;
  const errors = [...Value.Errors(VpnHandoffSchema, cleaned)];
  if (errors.length > 0) {
    const list = [...new Set(errors.map((e) => `${e.path || '/'}: ${e.message}`))].slice(0, 10);
    throw new Error(`${where}: the hand-off does not match the hand-off schema (handoff.schema.json):\n${list.map((l) => `  - ${l}`).join('\n')}`);
  }
  return cleaned;
}

/** Reads `outputsFile`, writes `<outdir>/<stack>.json` per stack; returns the files written. */
export function writeHandoffFiles(outputsFile: string, outdir: string): string[] {
  let parsed: unknown;
  try {
    parsed = readJsonFile(outputsFile, 'Outputs file');
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    // The detail is an error code or a parse message that quotes nothing of the file (it can hold keys).
    throw new Error(`${outputsFile}: cannot read the outputs file (${e.detail})`);
  }
  const documents = stackHandoffDocuments(findHandoffs(parsed, outputsFile));
  for (const doc of documents) {
    // Stack names are file names here: never let one point outside outdir.
    if (basename(doc.stack) !== doc.stack || doc.stack === '.' || doc.stack === '..') {
      throw new Error(`${outputsFile}: stack name ${JSON.stringify(doc.stack)} cannot be used as a file name`);
    }
  }
  mkdirSync(outdir, { recursive: true });
  return documents.map((doc) => {
    const file = join(outdir, `${doc.stack}.json`);
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    return file;
  });
}
