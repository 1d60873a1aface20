// The SHA-256 of a file's bytes as lowercase hex, with Web Crypto (the browser's, and Node's globalThis.crypto):
// the same file imported twice has the same hash.
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
