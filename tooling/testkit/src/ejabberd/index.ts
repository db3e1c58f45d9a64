export {
  createEjabberdAdmin,
  type EjabberdAdmin,
  type RoomAffiliation,
  type RoomOptions,
} from './ejabberd-admin.js';
export { type EjabberdConfigInput, renderEjabberdConfig } from './ejabberd-config.js';
export {
  type EjabberdEndpoints,
  type EjabberdServer,
  findEjabberdctl,
  type StartEjabberdOptions,
  startEjabberd,
} from './ejabberd-server.js';
