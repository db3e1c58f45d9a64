import { EthoraError } from './ethora-error.js';

/**
 * Thrown when client or SDK options, or the environment variables they come from, are missing or malformed;
 * the message names the option and never carries its value.
 */
export class EthoraConfigError extends EthoraError {
  /** Always `'EthoraConfigError'`. */
  override name = 'EthoraConfigError';
  /**
   * The option (e.g. `appId`, `retry.baseDelayMs`) or environment variable (e.g. `ETHORA_CHAT_APP_ID`) at fault;
   * when several environment variables are missing at once, all of them, comma-separated.
   */
  readonly option: string;

  /** Creates the error for `option` with a message that already names it. */
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
