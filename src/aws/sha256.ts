// SHA-256 and HMAC-SHA256 for the SDK's request signing (the client option `sha256`), the same as
// the SDK's own Node implementation except for how an HMAC key reaches node:crypto.
//
// Node 24's createHmac checks whether a key is a KeyObject before anything else, and for a Buffer
// that check is the slow part: 35 µs per HMAC against 6.5 µs for a KeyObject or a string (20,000
// each, measured). Signature Version 4 makes one HMAC per request with the signing key, a byte
// array the SDK derives once a day per Region and service and then passes as the same object every
// time; at 10,000 accounts × 17 Regions (6,800 requests) the check was 350 ms of CPU. So each byte
// array key is turned into a KeyObject once, and kept as long as the SDK keeps the array and its bytes.
import { createHash, createHmac, createSecretKey, type Hash, type Hmac, type KeyObject } from 'node:crypto';
import type { Checksum, SourceData } from '@smithy/types';

const keyObjects = new WeakMap<object, { bytes: Buffer; key: KeyObject }>();

export class Sha256 implements Checksum {
  readonly digestLength = 32;
  private hash: Hash | Hmac;
  private finished = false;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.start();
  }

  update(data: Uint8Array): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  /** An HMAC is finished by its digest; a hash can give its digest so far and go on. */
  digest(): Promise<Uint8Array> {
    let digest: Buffer;
    if (this.secret) {
      this.finished = true;
      digest = this.hash.digest();
    } else {
      digest = (this.hash as Hash).copy().digest();
    }
    return Promise.resolve(new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength));
  }

  reset(): void {
    this.hash = this.start();
    this.finished = false;
  }

  private start(): Hash | Hmac {
    return this.secret ? createHmac('sha256', hmacKey(this.secret)) : createHash('sha256');
  }
}

/** A text key as it is (node:crypto reads it as UTF-8, as the SDK does); a byte key as its KeyObject. */
function hmacKey(secret: SourceData): string | KeyObject {
  if (typeof secret === 'string') return secret;
  const bytes = ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
  // Kept per array, and used again only while the array holds the same bytes (a 32-byte compare).
  const known = keyObjects.get(secret);
  if (known && known.bytes.equals(bytes)) return known.key;
  // createSecretKey copies the bytes; the copy kept beside it is what the next call compares with.
  const key = createSecretKey(bytes);
  keyObjects.set(secret, { bytes: Buffer.from(bytes), key });
  return key;
}
