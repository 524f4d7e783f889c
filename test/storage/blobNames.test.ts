import assert from 'node:assert/strict';
import { blobNameOf, keyOfBlobName } from '../../src/storage/blob/blobNames';

const KEYS = [
  'msteams/28:bot/conversations/19:abc@thread.tacv2;messageid=123',
  'a:1Xy6Ms1A2bCdEf',
  '..',
  'trailing.',
  '.hidden',
  '100%',
  '%2F',
  'Zoë/日本語/🚀',
  " !'()*~-_",
];

describe('blob names', () => {
  it('round-trips keys and leaves no "/" or "." that URL handling could rewrite', () => {
    for (const key of KEYS) {
      const name = blobNameOf(key);
      assert.equal(keyOfBlobName(name), key);
      assert.doesNotMatch(name, /[/.]/, name);
    }
  });

  it('keeps two different keys apart', () => {
    const names = new Set(KEYS.map(blobNameOf));
    assert.equal(names.size, KEYS.length);
  });

  it('preserves prefixes exactly, so listing by the encoded prefix finds exactly the keys with that prefix', () => {
    for (const key of KEYS) {
      for (const prefix of KEYS) {
        assert.equal(blobNameOf(key).startsWith(blobNameOf(prefix)), key.startsWith(prefix), `${key} / ${prefix}`);
      }
      for (let cut = 0; cut <= key.length; cut++) {
        const prefix = key.slice(0, cut);
        if (/[\uD800-\uDBFF]$/.test(prefix)) continue; // half a character is not a key prefix anyone can write
        assert.ok(blobNameOf(key).startsWith(blobNameOf(prefix)), `${key} / ${prefix}`);
      }
    }
  });
});
