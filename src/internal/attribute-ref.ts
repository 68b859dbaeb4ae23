/**
 * A Terraform reference to a resource attribute, built without creating a cdktf token.
 *
 * Why: cdktf captures a full stack trace (Error.stackTraceLimit = MAX) for every token it creates,
 * keeps it for the life of the app, and resolves each token in three passes per synth. A
 * RedundantVpn reads dozens of attributes of its own resources (outputs, hand-off, wiring); as
 * tokens they were most of its synth cost at scale (`npm run bench`, `node --cpu-prof`).
 */
import type { TerraformResource } from 'cdktf';

/**
 * `${<type>.<logical id>.<attribute>}`: exactly the string the resource's attribute token resolves
 * to in the resource's own stack. Only for references inside that stack (a RedundantVpn's own
 * resources and outputs), where cdktf's cross-stack rewriting never applies. Like cdktf's own
 * attribute tokens, it reads the logical id once, when called.
 */
export function attributeRef(resource: TerraformResource, attribute: string): string {
  return `\${${resourceAddress(resource)}.${attribute}}`;
}

/** `<type>.<logical id>`: the resource's address, as cdktf writes it into `depends_on`. */
export function resourceAddress(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
