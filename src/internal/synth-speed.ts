/**
 * The synth-speed machinery, behind one interface: what the construct uses to make cdktf do less
 * work for the same Terraform configuration. Each piece is kept because it measurably pays
 * (docs/performance.md) and has a test that it changes nothing Terraform sees:
 *
 * - `lean(ProviderClass)`: resources that hand cdktf only the arguments that are set.
 * - `attributeRef` / `resourceAddress`: references to the construct's own resources as plain
 *   `${type.logical_id.attribute}` strings instead of tokens.
 * - `asTerraformExpression(value)`: a large, token-free output value as one expression string
 *   instead of a JSON object that cdktf resolves member by member.
 *
 * Nothing outside src/internal imports the modules behind it (a test checks).
 */
export { lean } from './lean-resource';
export { attributeRef, resourceAddress } from './attribute-ref';
export { asTerraformExpression } from './terraform-expression';
