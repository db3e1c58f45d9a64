export { createEthoraClient, type EthoraClient } from '@ethora/client';
