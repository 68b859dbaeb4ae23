/** Issue paths (`stacks[0].vpn.routing`; `$` is the root of what was checked). A leaf module. */

/** `path` of an issue found in the value at `prefix`, as a path from the file's root. */
export function issuePathUnder(prefix: string, path: string): string {
  return path === '$' ? prefix : `${prefix}.${path}`;
}
