export { scopedSecret, type TokenPurpose } from './auth/keys.js';
export {
  DEFAULT_CLI_PORT,
  EMULATOR_USAGE,
  type EmulatorCliOptions,
  EmulatorUsageError,
  parseAppFlag,
  parseEmulatorArgs,
  parseFailFlag,
  parseLatencyFlag,
} from './cli/parse-args.js';
export { type CliIo, describeEmulator, runEmulatorCli } from './cli/run-cli.js';
export type {
  ActiveFault,
  FaultController,
  FaultRule,
} from './faults.js';
export type { ContractViolation } from './http/contract.js';
export { DEFAULT_BODY_LIMIT, type EmulatorAppOptions, type EmulatorOptions } from './options.js';
export {
  type Emulator,
  type EmulatorApp,
  type EmulatorConnection,
  startEmulator,
} from './start-emulator.js';
export type {
  AppEvent,
  BroadcastEvent,
  EmulatorMirror,
  MembershipEvent,
  RoomChange,
  RoomEvent,
  StateReplacedEvent,
  StoreEvent,
  StoreListener,
  UserChange,
  UserEvent,
} from './store/events.js';
export type { BotSettings, JobState } from './store/model.js';
export {
  type AppSnapshot,
  type EmulatorSnapshot,
  EmulatorStateError,
  type JobSnapshot,
  type RoomSnapshot,
  type TokenSnapshot,
  type UserSnapshot,
} from './store/snapshot.js';
export { setupEmulatorEnv, teardownEmulatorEnv } from './testing.js';
export {
  createEjabberdAdmin,
  type EjabberdAdmin,
  type RoomAffiliation,
  type RoomOptions,
} from './xmpp/ejabberd-admin.js';
export { type EjabberdConfigInput, renderEjabberdConfig } from './xmpp/ejabberd-config.js';
export { ejabberdMirror } from './xmpp/ejabberd-mirror.js';
export { EJABBERD_INSTALL_HINT, type EmulatorXmpp, type EmulatorXmppServer } from './xmpp/open-xmpp.js';
export {
  type ArchiveBackend,
  type EjabberdEndpoints,
  type EjabberdServer,
  findEjabberdctl,
  type StartEjabberdOptions,
  startEjabberd,
} from './xmpp/start-ejabberd.js';
