export type { paths, components, operations } from './generated/schema.js';
export { createEthoraClient, type EthoraClient, type EthoraClientOptions } from './create-client.js';
export { EthoraError } from './errors/ethora-error.js';
