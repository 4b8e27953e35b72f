import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodePng } from './png';

// Draws the MedGlance icon (teal rounded square, white magnifier with a capsule in the lens) and writes
// public/icon/<size>.png, which WXT puts into the manifest's `icons` automatically.
// Run: `npx tsx scripts/make-icons.ts`. Shapes are signed distance functions in a 0..1 square, so every
// size is drawn from the same geometry and edges are anti-aliased without an image library.

/** Icon sizes Chrome and Firefox ask for (toolbar 16/32, extensions page 48, store 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

type Rgb = readonly [number, number, number];
const TEAL_TOP: Rgb = [20, 184, 166]; // #14b8a6
const TEAL_BOTTOM: Rgb = [15, 118, 110]; // #0f766e
const WHITE: Rgb = [255, 255, 255];
const MINT: Rgb = [153, 246, 228]; // #99f6e4: the capsule's second half

type Vec = readonly [number, number];
const len = (x: number, y: number) => Math.hypot(x, y);

function roundedSquare([x, y]: Vec, margin: number, radius: number): number {
  const half = 0.5 - margin - radius;
  const qx = Math.abs(x - 0.5) - half;
  const qy = Math.abs(y - 0.5) - half;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance to a segment a→b thickened to `r` (a capsule), plus where along it the point projects (0..1). */
function segment([x, y]: Vec, a: Vec, b: Vec, r: number): { d: number; t: number } {
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.min(1, Math.max(0, ((x - a[0]) * bx + (y - a[1]) * by) / (bx * bx + by * by)));
  return { d: len(x - a[0] - t * bx, y - a[1] - t * by) - r, t };
}

interface Layer {
  d: number;
  color: Rgb;
}

function layersAt(p: Vec, size: number): Layer[] {
  const bg = roundedSquare(p, 0.02, 0.22);
  const ring = Math.abs(len(p[0] - 0.43, p[1] - 0.43) - 0.25) - (size <= 16 ? 0.055 : 0.045);
  const handle = segment(p, [0.63, 0.63], [0.82, 0.82], size <= 16 ? 0.075 : 0.065).d;
  const layers: Layer[] = [
    { d: bg, color: mix(TEAL_TOP, TEAL_BOTTOM, p[1]) },
    { d: Math.min(ring, handle), color: WHITE },
  ];
  // The capsule is only legible from 32 px up; at 16 px the lens stays empty.
  if (size >= 32) {
    const pill = segment(p, [0.33, 0.53], [0.53, 0.33], 0.07);
    layers.push({ d: pill.d, color: pill.t < 0.5 ? WHITE : MINT });
  }
  return layers;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => (a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * t) as unknown as Rgb;
}

/** Renders the icon at `size`×`size` as straight-alpha RGBA bytes. */
export function renderIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Vec = [(x + 0.5) / size, (y + 0.5) / size];
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layersAt(p, size)) {
        // Coverage from distance: one pixel wide ramp centred on the edge.
        const cover = Math.min(1, Math.max(0, 0.5 - layer.d * size));
        if (cover === 0) continue;
        // Porter-Duff "over" in premultiplied space.
        r = layer.color[0] * cover + r * (1 - cover);
        g = layer.color[1] * cover + g * (1 - cover);
        b = layer.color[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (y * size + x) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

/** The PNG file for one icon size. */
export function iconPng(size: number): Buffer {
  return encodePng(size, size, renderIcon(size));
}

/** Where WXT looks for icons to auto-fill the manifest. */
export const ICON_DIR = resolve(import.meta.dirname, '../public/icon');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(ICON_DIR, `${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}
