export { freePort } from './free-port.js';
export { bundledSpecPath } from './spec-path.js';
export { startPrism, type PrismServer, type StartPrismOptions } from './prism.js';
export {
  assertNoContractViolations,
  contractFetch,
  contractViolations,
  ContractViolationError,
  type ContractFetch,
  type ContractViolation,
  type RecordedExchange,
} from './contract.js';
