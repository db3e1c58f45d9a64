// The throwaway ejabberd lives in @ethora/emulator (its `xmpp` mode starts one); tests and benchmarks use it here.
export {
  type ArchiveBackend,
  createEjabberdAdmin,
  type EjabberdAdmin,
  type EjabberdEndpoints,
  type EjabberdServer,
  findEjabberdctl,
  type RoomAffiliation,
  type RoomOptions,
  type StartEjabberdOptions,
  startEjabberd,
} from '@ethora/emulator';
