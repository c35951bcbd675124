import { describe, expect, it } from 'vitest';
import { ScramClient } from '../../../src/sasl/scram-client.js';

describe('SCRAM client of the control connection', () => {
  it('produces the RFC 7677 SCRAM-SHA-256 example exchange', () => {
    const client = new ScramClient('SCRAM-SHA-256', 'user', 'pencil', 'rOprNGfwEbeRWgbNEkqO');
    expect(client.first().toString()).toBe('n,,n=user,r=rOprNGfwEbeRWgbNEkqO');
    const final = client.final(
      Buffer.from('r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096'),
    );
    expect(final.toString()).toBe(
      'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
    );
    expect(() => client.verify(Buffer.from('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='))).not.toThrow();
    expect(() => client.verify(Buffer.from('v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='))).toThrow(
      /signature/,
    );
  });

  it('refuses a server nonce that does not extend its own and escapes user names', () => {
    const client = new ScramClient('SCRAM-SHA-512', 'a,b=c', 'pw', 'abc');
    expect(client.first().toString()).toBe('n,,n=a=2Cb=3Dc,r=abc');
    expect(() => client.final(Buffer.from('r=xyz,s=AAAA,i=4096'))).toThrow(/nonce/);
  });
});
