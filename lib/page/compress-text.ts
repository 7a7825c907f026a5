/**
 * Text snapshots are stored deflated: a release is a few kB of text that
 * compresses 3-4x, and thousands of them add up. Uses the platform's
 * CompressionStream (Chrome 80+, Firefox 113+, Node 18+), no library.
 */

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode's argument limit is engine-specific; stay well below.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * Compresses text for storage.
 *
 * @param text - Any text.
 * @return Raw-deflated UTF-8, base64-encoded.
 */
export async function compressText(text: string): Promise<string> {
  return toBase64(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/**
 * Restores text stored by {@link compressText}.
 *
 * @param stored - The base64 string.
 * @return The original text.
 */
export async function decompressText(stored: string): Promise<string> {
  return new TextDecoder().decode(
    await pipe(fromBase64(stored), new DecompressionStream('deflate-raw')),
  );
}
