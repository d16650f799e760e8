import { createHash, createHmac } from 'node:crypto';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { Sha256 as SdkSha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HashConstructor } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/aws/clients.js';
import { Sha256 } from '../../src/aws/sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('SHA-256 for request signing', () => {
  it('hashes as node:crypto does, and a hash can give its digest so far and go on', async () => {
    const hash = new Sha256();
    hash.update(Buffer.from('Create'));
    expect(hex(await hash.digest())).toBe(createHash('sha256').update('Create').digest('hex'));
    hash.update(new TextEncoder().encode('Members'));
    expect(hex(await hash.digest())).toBe(createHash('sha256').update('CreateMembers').digest('hex'));
    hash.reset();
    expect(hex(await hash.digest())).toBe(createHash('sha256').digest('hex'));
  });

  it.each([
    ['a text', 'AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', Buffer.from('AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')],
    ['a text with non-ASCII characters', 'clé', Buffer.from('clé', 'utf8')],
    ['bytes', Uint8Array.from([1, 2, 3, 250]), Buffer.from([1, 2, 3, 250])],
    [
      'a view into a larger buffer',
      new Uint8Array(Buffer.from('xxkeyxx').buffer, Buffer.from('xxkeyxx').byteOffset + 2, 3),
      Buffer.from('key'),
    ],
    ['an ArrayBuffer', Uint8Array.from([9, 8, 7]).buffer, Buffer.from([9, 8, 7])],
  ])('gives the HMAC node:crypto gives, with %s as key', async (_kind, key, bytes) => {
    const hmac = new Sha256(key);
    hmac.update(Buffer.from('20261201/us-east-1/securityhub/aws4_request'));
    expect(hex(await hmac.digest())).toBe(createHmac('sha256', bytes).update('20261201/us-east-1/securityhub/aws4_request').digest('hex'));
  });

  it('uses the bytes a key array holds now, when it was changed after an earlier HMAC', async () => {
    const key = Uint8Array.from([1, 1, 1, 1]);
    const first = new Sha256(key);
    first.update(Buffer.from('m'));
    expect(hex(await first.digest())).toBe(
      createHmac('sha256', Buffer.from([1, 1, 1, 1]))
        .update('m')
        .digest('hex'),
    );
    key[0] = 2;
    const second = new Sha256(key);
    second.update(Buffer.from('m'));
    expect(hex(await second.digest())).toBe(
      createHmac('sha256', Buffer.from([2, 1, 1, 1]))
        .update('m')
        .digest('hex'),
    );
  });

  it('finishes an HMAC with its digest, and starts it again on reset', async () => {
    const hmac = new Sha256('secret-key');
    hmac.update(Buffer.from('a'));
    await hmac.digest();
    expect(() => hmac.update(Buffer.from('b'))).toThrow('already finished');
    hmac.reset();
    hmac.update(Buffer.from('b'));
    expect(hex(await hmac.digest())).toBe(createHmac('sha256', 'secret-key').update('b').digest('hex'));
  });
});

describe('signing with it', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session' };
  const request = (region: string) =>
    new HttpRequest({
      method: 'POST',
      protocol: 'https:',
      hostname: `securityhub.${region}.amazonaws.com`,
      path: '/members/get',
      headers: { 'content-type': 'application/json', host: `securityhub.${region}.amazonaws.com` },
      body: JSON.stringify({ AccountIds: ['111111111111', '222222222222'] }),
    });

  it("signs a request as the SDK's own SHA-256 signs it, in every Region and on every day, again with the cached key", async () => {
    for (const [region, day] of [
      ['us-east-1', '2026-12-01T10:00:00Z'],
      ['eu-west-1', '2026-12-01T10:00:00Z'],
      ['eu-west-1', '2026-12-02T00:00:01Z'],
    ] as const) {
      const signer = (sha256: HashConstructor) => new SignatureV4({ service: 'securityhub', region, credentials, sha256 });
      const ours = signer(Sha256);
      const signingDate = new Date(day);
      const expected = (await signer(SdkSha256).sign(request(region), { signingDate })).headers.authorization;
      expect(expected).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
      expect((await ours.sign(request(region), { signingDate })).headers.authorization).toBe(expected);
      expect((await ours.sign(request(region), { signingDate })).headers.authorization).toBe(expected);
    }
  });

  it('is what every client of the action signs with', () => {
    const client = createClient(SecurityHubClient, { region: 'eu-west-1', credentials, maxAttempts: 1 });
    expect(client.config.sha256).toBe(Sha256);
  });
});
