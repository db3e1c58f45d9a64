export { compressionBomb } from './compression-bomb.js';
export {
  assertNoContractViolations,
  type ContractFetch,
  type ContractViolation,
  ContractViolationError,
  contractFetch,
  contractViolations,
  type RecordedExchange,
} from './contract.js';
export {
  credentialParts,
  ECHO_SHAPES,
  type EchoShape,
  echoCredentials,
  requestCredentials,
} from './credential-echo.js';
export {
  type FaultAction,
  type FaultFallback,
  type FaultRequest,
  type FaultServer,
  type FaultServerOptions,
  rateLimited,
  startFaultServer,
} from './fault-server.js';
export { freePort } from './free-port.js';
export { type PrismServer, type StartPrismOptions, startPrism } from './prism.js';
export { errorRenderings, findLeaks, logArgumentRenderings } from './secret-scan.js';
export { bundledSpecPath } from './spec-path.js';
