// Reads a zip's central directory by hand: the declared sizes of every part, and where its data starts,
// so parts can be checked and inflated under a hard cap before any library trusts the headers.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** the CRC-32 the directory states for the part's bytes */
  crc: number;
  dataStart: number;
}

const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

export class ZipFormatError extends Error {
  /** set when a part holds more than this, its declared size: a lying header */
  constructor(
    message: string,
    readonly declared?: number,
  ) {
    super(message);
  }
}

/** The entries of a zip, or a ZipFormatError when the directory is missing or points outside the file. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  // the end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 65535); k--) {
    if (view.getUint32(k, true) === 0x06054b50) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // Zip64 (past 65535 parts or 4 GB): the real count and offset are in a record its locator points to
  if (count === MAX16 || at === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw new ZipFormatError('no zip64 locator');
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50)
      throw new ZipFormatError('bad zip64 record');
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ZipFormatError('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    // a part past 4 GB (a bomb, in a .docx) has its figures in the Zip64 extra field, in this order, each one
    // whose place above says 0xFFFFFFFF
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extra; x += 4 + view.getUint16(x + 2, true)) {
      if (view.getUint16(x, true) !== 1) continue;
      let field = x + 4;
      const next = () => Number(view.getBigUint64((field += 8) - 8, true));
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (local === MAX32) local = next();
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new ZipFormatError('bad local header');
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      crc: view.getUint32(at + 16, true),
      dataStart,
    };
    if (dataStart + entry.compressedSize > bytes.length) throw new ZipFormatError('entry beyond end of file');
    entries.push(entry);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

// compressed bytes handed to the inflater at a time: deflate expands at most ~1032×, so one step yields at most
// ~16 MB before the count below can stop a part that holds more than it declares
const STEP = 16 * 1024;

/**
 * Inflates one part, counting its real bytes while inflating: the part goes into a buffer of its declared size
 * (which the caller has checked against its limits), and inflating stops the moment it holds more (a lying
 * header: ZipFormatError with `declared`), so no part costs more time or memory than its header admits.
 * Less than declared, or bytes that do not match the stated checksum, is a damaged part.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipFormatError('stored size mismatch');
    out = data;
  } else if (e.method === 8) {
    out = new Uint8Array(e.size);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > e.size) throw new ZipFormatError('part larger than declared', e.size);
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      for (let at = 0; at < data.length || at === 0; at += STEP)
        inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    } catch (err) {
      throw err instanceof ZipFormatError ? err : new ZipFormatError('bad deflate data');
    }
    if (length < e.size) throw new ZipFormatError('part smaller than declared');
  } else throw new ZipFormatError(`unsupported compression ${e.method}`);
  if (crc32(out) !== e.crc) throw new ZipFormatError('checksum mismatch');
  return out;
}
