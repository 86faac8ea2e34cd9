import type { Channel, KioskBridge, KioskError, RequestOf, ResponseOf, Result } from '../../../electron/core/contract';
import { say } from './i18n';

/**
 * Every call from the screen to the kiosk goes through here. The bridge answers with values, failures included; a
 * throw means the connection to the kiosk itself broke, and becomes the same kind of answer.
 */
export async function call<C extends Channel>(bridge: KioskBridge, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  try {
    return await bridge.invoke(channel, request);
  } catch {
    const what = { id: 'kioskNoAnswer' } as const;
    const error: KioskError = { code: 'internal', what, message: say(what) };
    return { ok: false, error };
  }
}
