import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from '../../electron/core/auth/qr';
import { QrCodeSchema } from '../../electron/core/contract';

/** Paints the path back into modules, the way an SVG renderer fills it. */
function paint(size: number, path: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('the device-code QR code', () => {
  it('draws exactly the dark modules of the code, with a quiet zone, as a path the contract accepts', () => {
    for (const text of ['https://microsoft.com/devicelogin', 'https://login.microsoftonline.us/common/oauth2/deviceauth']) {
      const qr = qrCode(text);
      expect(QrCodeSchema.parse(qr)).toEqual(qr);
      const expected = encode(text, { ecc: 'M', border: 4 });
      expect(qr.size).toBe(expected.size);
      expect(paint(qr.size, qr.path)).toEqual(expected.data);
      expect(expected.data.slice(0, 4).flat().some(Boolean)).toBe(false);
    }
  });
});
