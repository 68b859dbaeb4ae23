// Device configuration (strongSwan + FRR) for the on-premises side: re-exports only.
export * from './model';
export { DH_GROUP_KEYWORDS, ENCRYPTION_KEYWORDS, INTEGRITY_KEYWORDS, espProposals, ikeProposals, ikeVersion } from './algorithms';
export { renderConnections, renderSecrets, renderSwanctlConf, renderStrongswanConf } from './swanctl';
export { renderFrrConf, renderUpdownScript } from './frr';
export { deviceInputs, keyEnvName, TunnelProfile, DeviceInputOptions } from './inputs';
export { renderInterfacesScript } from './interfaces';
export { renderSheetCsv, renderSheetMarkdown } from './sheet';
export { awsXmlHandoff, looksLikeAwsXml, AwsXmlHandoff, AwsXmlOptions } from './aws-xml';
