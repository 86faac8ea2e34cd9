// The device-code address as a QR code, drawn by the renderer from one SVG path (no markup crosses the boundary).
import { encode } from 'uqr';

export interface QrCode {
  size: number;
  path: string;
}

export function qrCode(text: string): QrCode {
  // Medium error correction survives glare on a kiosk screen; a 4-module quiet zone is what phone scanners expect.
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      const width = end - x + 1;
      parts.push(`M${x} ${y}h${width}v1h-${width}z`);
      x = end;
    }
  });
  return { size, path: parts.join('') };
}
