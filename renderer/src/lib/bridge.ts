import type { Channel, KioskBridge, KioskError, RequestOf, ResponseOf, Result } from '../../../electron/core/contract';
import { t } from './i18n';

/**
 * Every call from the screen to the kiosk goes through here. The bridge answers with values, failures included; a
 * throw means the connection to the kiosk itself broke, and becomes the same kind of answer.
 */
export async function call<C extends Channel>(bridge: KioskBridge, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  try {
    return await bridge.invoke(channel, request);
  } catch {
    const error: KioskError = { code: 'internal', message: t.errors.noAnswer };
    return { ok: false, error };
  }
}
