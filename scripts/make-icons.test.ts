// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ICON_DIR, ICON_SIZES, iconPng } from './make-icons';
import { crc32 } from './png';

/** Reads back width, height and the unfiltered RGBA rows of a PNG written by encodePng. */
function decode(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
  const rows = inflateSync(png.subarray(41, 41 + idatLength));
  return {
    width,
    height,
    pixel: (x, y) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4).subarray(0, 4)],
  };
}

describe('extension icons', () => {
  test.each(ICON_SIZES)('public/icon/%i.png is what scripts/make-icons.ts draws', (size) => {
    // Fails when someone edits the PNGs by hand or changes the drawing without re-running the script.
    expect(readFileSync(join(ICON_DIR, `${size}.png`)).equals(iconPng(size))).toBe(true);
  });

  test.each(ICON_SIZES)('the %i px icon is a teal tile with transparent corners and a white lens', (size) => {
    const img = decode(iconPng(size));
    expect([img.width, img.height]).toEqual([size, size]);
    expect(img.pixel(0, 0)[3]).toBe(0); // rounded corner
    const edge = img.pixel(Math.floor(size / 2), Math.floor(size * 0.08));
    expect(edge[3]).toBe(255);
    expect(edge[1]).toBeGreaterThan(edge[0]! + 60); // teal: green well above red
    const ringTop = img.pixel(Math.floor(size * 0.43), Math.floor(size * 0.18));
    expect(Math.min(...ringTop.slice(0, 3))).toBeGreaterThan(200); // white magnifier ring
  });

  test('chunk checksums use the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND', 'ascii'))).toBe(0xae426082);
  });
});
