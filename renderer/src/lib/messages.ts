import type { ActionState, ErrorCode, KioskError } from '../../../electron/core/contract';

/** A heading per family of error codes: what happened, in the technician's words. */
export function errorHeading(code: ErrorCode): string {
  switch (code) {
    case 'invalid_request':
      return 'That search cannot be used';
    case 'config_error':
      return 'The kiosk is not set up';
    case 'not_signed_in':
    case 'consent_required':
      return 'Sign-in needed';
    case 'forbidden':
      return 'Not allowed';
    case 'not_found':
      return 'Device not found';
    case 'too_many_matches':
      return 'Too many devices match';
    case 'not_supported':
      return 'Not possible for this device';
    case 'already_locked':
      return 'This Mac is already locked';
    case 'throttled':
      return 'Intune is busy';
    case 'offline':
    case 'timeout':
      return 'Intune could not be reached';
    case 'graph_error':
      return 'Intune answered with an error';
    case 'cancelled':
      return 'The request was cancelled';
    case 'internal':
      return 'Something went wrong in the kiosk';
  }
}

/** What to do next, for each family. */
export function errorAdvice(error: KioskError): string {
  switch (error.code) {
    case 'invalid_request':
      return 'Check what was typed or scanned, then search again.';
    case 'config_error':
      return 'Ask the kiosk administrator to check the kiosk settings.';
    case 'not_signed_in':
    case 'consent_required':
      return 'Sign the kiosk in with a work account that may read Intune devices, then press Try again.';
    case 'forbidden':
      return 'Ask an Intune administrator for access, or send the person to the second-line desk.';
    case 'not_found':
      return 'The device may have been removed from Intune or be outside your scope. Start a new search.';
    case 'too_many_matches':
      return 'Scan or type the full serial number, or search by the full device name or e-mail address.';
    case 'not_supported':
      return 'Nothing was sent to the device. Start a new search, or handle this device another way.';
    case 'already_locked':
      return 'Reveal the PIN of the lock already sent instead of locking again.';
    case 'throttled': {
      const seconds = error.retryAfterMs ? Math.max(1, Math.ceil(error.retryAfterMs / 1000)) : 0;
      return seconds ? `Wait ${seconds} second${seconds === 1 ? '' : 's'}, then press Try again.` : 'Wait a minute, then press Try again.';
    }
    case 'offline':
    case 'timeout':
      return 'Check the kiosk’s network connection, then press Try again.';
    case 'graph_error':
      return 'Press Try again. If it keeps failing, Intune may be having problems; check the Microsoft 365 service health.';
    case 'cancelled':
      return 'Press Try again, or start a new search.';
    case 'internal':
      return 'Press Try again. If it keeps failing, restart the kiosk and tell the administrator.';
  }
}

export interface LockStateText {
  /** The state in words; never shown by colour alone. */
  word: string;
  guidance: string;
}

export const NOT_SENT: LockStateText = {
  word: 'Not sent',
  guidance: 'No remote lock has been sent to this device.',
};

export const LOCK_STATE_TEXT: Record<ActionState, LockStateText> = {
  pending: {
    word: 'Pending',
    guidance: 'Intune has sent the lock; the device has not checked in yet. Ask the person to connect it to Wi-Fi.',
  },
  active: {
    word: 'Active',
    guidance: 'The device is applying the lock right now. Wait a minute, then search again.',
  },
  done: {
    word: 'Done',
    guidance: 'The device received the lock and is locked.',
  },
  failed: {
    word: 'Failed',
    guidance:
      'The lock did not complete. A Mac that was already locked refuses a second lock. Check the device; if it is not locked, ask an Intune administrator to send the lock again.',
  },
  canceled: {
    word: 'Canceled',
    guidance: 'The lock was canceled before it reached the device, so Intune has not locked it.',
  },
  notSupported: {
    word: 'Not supported',
    guidance: 'This device does not support a remote lock from Intune.',
  },
  none: {
    word: 'None',
    guidance: 'Intune recorded a lock but no progress yet. Search again in a few minutes.',
  },
  unknown: {
    word: 'Unknown',
    guidance: 'Intune reported a state this kiosk does not know. Check the device in the Intune admin center.',
  },
};

/** Lower-case state for the short list of other actions: "wipe — pending". */
export function actionStateWord(state: ActionState): string {
  return LOCK_STATE_TEXT[state].word.toLowerCase();
}
