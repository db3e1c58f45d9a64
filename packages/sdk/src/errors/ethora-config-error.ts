import { EthoraError } from '@ethora/client';

/** Thrown when SDK options or environment variables are missing or malformed; never carries a secret value. */
export class EthoraConfigError extends EthoraError {
  override name = 'EthoraConfigError';
  /** The option (e.g. `appId`) or environment variable (e.g. `ETHORA_CHAT_APP_ID`) at fault. */
  readonly option: string;

  /** Creates the error for `option` with a message that already names it. */
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
