import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** A zip archive's entries by name; `read` inflates one entry. */
export interface ZipContents {
  names: string[];
  read(name: string): Buffer;
}

/**
 * Minimal zip reader (stored and deflate entries, no zip64) for inspecting the packages `wxt zip` makes.
 * Written out (~40 lines) so the check needs neither an `unzip` binary on CI nor a transitive dependency.
 */
export function readZip(path: string): ZipContents {
  const buf = readFileSync(path);
  // End of central directory: the last occurrence of its signature (an archive comment may follow it).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path}: not a zip archive`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory`);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, {
      method: buf.readUInt16LE(p + 10),
      size: buf.readUInt32LE(p + 20),
      offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const e = entries.get(name);
      if (!e) throw new Error(`${path}: no entry ${name}`);
      const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
      const data = buf.subarray(start, start + e.size);
      if (e.method === 0) return Buffer.from(data);
      if (e.method === 8) return inflateRawSync(data);
      throw new Error(`${path}: ${name} uses unsupported compression ${e.method}`);
    },
  };
}
