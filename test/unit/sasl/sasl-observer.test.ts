import { describe, expect, it } from 'vitest';
import { saslUserFromClientMessage } from '../../../src/sasl/sasl-auth-bytes.js';
import { SaslObserver } from '../../../src/sasl/sasl-observer.js';

describe('SASL user names from the first client message', () => {
  it('reads the authentication identity of PLAIN, not the authorization identity', () => {
    expect(saslUserFromClientMessage('PLAIN', Buffer.from('\0alice\0secret'))).toBe('alice');
    expect(saslUserFromClientMessage('PLAIN', Buffer.from('admin\0alice\0secret'))).toBe('alice');
    expect(saslUserFromClientMessage('PLAIN', Buffer.from('no separators'))).toBeUndefined();
  });

  it('reads and unescapes the SCRAM user from client-first-message', () => {
    const first = Buffer.from('n,,n=bob,r=fyko+d2lbbFgONRv9qkxdawL');
    expect(saslUserFromClientMessage('SCRAM-SHA-512', first)).toBe('bob');
    expect(saslUserFromClientMessage('scram-sha-256', Buffer.from('n,a=x,n=a=2Cb=3Dc,r=abc'))).toBe('a,b=c');
    expect(saslUserFromClientMessage('SCRAM-SHA-256', Buffer.from('garbage'))).toBeUndefined();
    // RFC 5802's reserved m= attribute, which Kafka's broker accepts before the user name.
    expect(saslUserFromClientMessage('SCRAM-SHA-512', Buffer.from('n,,m=x,n=app,r=abc'))).toBe('app');
    expect(saslUserFromClientMessage('SCRAM-SHA-512', Buffer.from('n,a=app,m=ext,n=app,r=abc'))).toBe('app');
    expect(
      saslUserFromClientMessage('OAUTHBEARER', Buffer.from('n,,\x01auth=Bearer x\x01\x01')),
    ).toBeUndefined();
  });

  it('names no user for a SCRAM delegation token (tokenauth extension): the broker authenticates its owner', () => {
    expect(
      saslUserFromClientMessage('SCRAM-SHA-512', Buffer.from('n,,n=tokenid1,r=abc,tokenauth=true')),
    ).toBe(undefined);
    expect(
      saslUserFromClientMessage('SCRAM-SHA-256', Buffer.from('n,,n=tokenid1,r=abc,other=1,tokenauth=TRUE')),
    ).toBeUndefined();
    // Other extensions leave the user readable.
    expect(saslUserFromClientMessage('SCRAM-SHA-512', Buffer.from('n,,n=app,r=abc,ext=1'))).toBe('app');
  });
});

describe('SASL observer', () => {
  it('marks a SCRAM user established only after the second round succeeds', () => {
    const sasl = new SaslObserver();
    sasl.onHandshakeRequest('SCRAM-SHA-256');
    sasl.onHandshakeResponse(0);
    sasl.onAuthenticateRequest(Buffer.from('n,,n=carol,r=nonce'));
    expect(sasl.onAuthenticateResponse(0)).toBe(false);
    expect(sasl.identity).toEqual({ mechanism: 'SCRAM-SHA-256', user: 'carol', authenticated: false });
    sasl.onAuthenticateRequest(Buffer.from('c=biws,r=nonce2,p=proof'));
    expect(sasl.onAuthenticateResponse(0)).toBe(true);
    expect(sasl.identity.authenticated).toBe(true);
  });

  it('never establishes a user the broker rejected', () => {
    const sasl = new SaslObserver();
    sasl.onHandshakeRequest('PLAIN');
    sasl.onAuthenticateRequest(Buffer.from('\0mallory\0wrong'));
    expect(sasl.onAuthenticateResponse(58)).toBe(false);
    expect(sasl.identity).toEqual({ mechanism: 'PLAIN', user: 'mallory', authenticated: false });
  });

  it('establishes a PLAIN user after one successful round', () => {
    const sasl = new SaslObserver();
    sasl.onHandshakeRequest('PLAIN');
    sasl.onAuthenticateRequest(Buffer.from('\0dave\0pw'));
    expect(sasl.onAuthenticateResponse(0)).toBe(true);
    expect(sasl.identity.user).toBe('dave');
  });

  it('keeps the principal the broker accepted when a later re-authentication as someone else is refused (KIP-368)', () => {
    const sasl = new SaslObserver();
    sasl.onHandshakeRequest('PLAIN');
    sasl.onAuthenticateRequest(Buffer.from('\0admin\0pw'));
    expect(sasl.onAuthenticateResponse(0)).toBe(true);
    sasl.onHandshakeRequest('PLAIN');
    sasl.onHandshakeResponse(0);
    sasl.onAuthenticateRequest(Buffer.from('\0app\0pw'));
    // While the exchange runs nothing is established (the proxy closes a connection that sends data then).
    expect(sasl.identity).toEqual({ mechanism: 'PLAIN', user: 'app', authenticated: false });
    expect(sasl.onAuthenticateResponse(58)).toBe(false);
    expect(sasl.identity).toEqual({ mechanism: 'PLAIN', user: 'admin', authenticated: true });
  });

  it('keeps the accepted principal when the broker refuses a second SaslHandshake (re-authentication off)', () => {
    const sasl = new SaslObserver();
    sasl.onHandshakeRequest('PLAIN');
    sasl.onAuthenticateRequest(Buffer.from('\0admin\0pw'));
    sasl.onAuthenticateResponse(0);
    sasl.onHandshakeRequest('PLAIN');
    sasl.onHandshakeResponse(34);
    expect(sasl.identity).toEqual({ mechanism: 'PLAIN', user: 'admin', authenticated: true });
  });
});
