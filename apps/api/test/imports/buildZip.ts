import { constants, crc32, deflateRawSync } from "node:zlib";

/** One part of a zip: its name, its deflated data, and the inflated size its headers declare. */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  declaredSize: number;
  crc: number;
}

/** A part whose headers tell the truth. */
export function honestPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
}

/**
 * A part that inflates to `head`, then `unit` `times` over, then `tail`, built without ever holding
 * the inflated text: the unit's deflate blocks are repeated, which a deflate stream allows when
 * each copy ends on a full flush (no back-reference reaches before it). Declares `declaredSize`
 * (default: the truth), so a zip bomb can also lie about its size. The CRC is not computed.
 */
export function repeatedPart(
  name: string,
  parts: { head: string; unit: string; times: number; tail: string; declaredSize?: number },
): ZipPart {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const unitBytes = Buffer.byteLength(parts.unit);
  const unitBlock = deflateRawSync(Buffer.from(parts.unit), flush);
  const body = Buffer.concat([
    deflateRawSync(Buffer.from(parts.head), flush),
    Buffer.concat(Array.from({ length: parts.times }, () => unitBlock)),
    deflateRawSync(Buffer.from(parts.tail)),
  ]);
  const trueSize = Buffer.byteLength(parts.head) + unitBytes * parts.times + Buffer.byteLength(parts.tail);
  return { name, deflated: body, declaredSize: parts.declaredSize ?? trueSize, crc: 0 };
}

/** The zip archive of the parts (deflate, no zip64: each part under 4 GB). */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
