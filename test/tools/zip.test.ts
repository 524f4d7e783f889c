import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readZip } from '../../tools/zipReader';
import { writeZip } from '../../tools/zipWriter';

describe('tools/zip', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"name":"Zoë"}\n') },
    { name: 'color.png', data: Buffer.alloc(5000, 7) },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('writes entries that read back byte for byte, in order', () => {
    const read = readZip(writeZip(entries));
    assert.deepEqual(
      read.map((e) => e.name),
      ['manifest.json', 'color.png', 'empty.txt'],
    );
    read.forEach((e, i) => assert.ok(e.data.equals(entries[i].data), e.name));
  });

  it('gives the same bytes for the same input (fixed timestamps)', () => {
    assert.ok(writeZip(entries).equals(writeZip(entries)));
  });

  it('is accepted by Info-ZIP unzip, an independent reader, when it is installed', function () {
    if (!fs.existsSync('/usr/bin/unzip')) this.skip();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-')), 'a.zip');
    fs.writeFileSync(file, writeZip(entries));
    const test = spawnSync('/usr/bin/unzip', ['-t', file], { encoding: 'utf8' });
    assert.equal(test.status, 0, test.stdout + test.stderr);
    assert.match(test.stdout, /No errors detected/);
  });

  it('notices a damaged archive', () => {
    const zip = writeZip(entries);
    assert.throws(() => readZip(zip.subarray(0, zip.length - 30)), /not a zip archive|bad signature/);
    const damaged = Buffer.from(zip);
    damaged[30 + 'manifest.json'.length + 2] ^= 0xff; // inside the first entry's compressed data
    assert.throws(() => readZip(damaged));
  });
});
