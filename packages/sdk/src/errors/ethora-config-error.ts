// `EthoraConfigError` is defined once, in @ethora/client, so both packages throw the same class.
// This module only keeps the sdk's internal import path (`auth/token-config-checks.ts`) working.
export { EthoraConfigError } from '@ethora/client';
