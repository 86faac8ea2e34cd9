// `npm run preview`: the kiosk in a Chromium window, without Electron (electron/dev/preview-window.ts).
import { openPreview } from './preview-window';

process.exit(await openPreview());
