import { protocol, type Session } from 'electron';
import type { Logger } from '../core/log';
import { APP_SCHEME, createAppFileHandler } from './app-protocol';

/** Must run before the app is ready: app:// behaves like https (its own origin, a secure context), and CSP applies. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // Module scripts are fetched in CORS mode, which a custom scheme supports only when it says so.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** Serves the built renderer on app://kiosk/ in this session; anything outside its folder is refused. */
export function serveRenderer(session: Session, rendererDir: string, log: Logger): void {
  session.protocol.handle(APP_SCHEME, createAppFileHandler(rendererDir, (url, status) => log.warn(`app:// refused ${url} (${status})`)));
}
