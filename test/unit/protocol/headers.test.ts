import { describe, expect, it } from 'vitest';
import {
  ApiKey,
  DecodeError,
  REQUEST_CODECS,
  RESPONSE_CODECS,
  decodeApiVersionsResponse,
  decodeMetadataRequest,
  decodeRequestBody,
  decodeRequestHeader,
  decodeResponseHeader,
  encodeRequestFrame,
  encodeResponseFrame,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  type ApiVersionsResponse,
  type MetadataRequest,
} from '../../../protocol/index.js';

const metadataRequest: MetadataRequest = {
  topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'orders' }],
  allowAutoTopicCreation: false,
  includeClusterAuthorizedOperations: false,
  includeTopicAuthorizedOperations: false,
};

describe('request header', () => {
  it('v1 for non-flexible versions: api key, version, correlation id, int16 client id, no tagged fields', () => {
    const frame = encodeRequestFrame(
      REQUEST_CODECS.get(ApiKey.Metadata)!,
      {
        apiKey: 3,
        apiVersion: 8,
        correlationId: 7,
        clientId: 'cli',
      },
      metadataRequest,
    );
    expect(frame.readInt32BE(0)).toBe(frame.length - 4);
    const payload = frame.subarray(4);
    expect(payload.subarray(0, 13).toString('hex')).toBe('0003' + '0008' + '00000007' + '0003' + '636c69');
    const h = decodeRequestHeader(payload);
    expect(h).toMatchObject({
      apiKey: 3,
      apiVersion: 8,
      correlationId: 7,
      clientId: 'cli',
      headerVersion: 1,
      headerLength: 13,
    });
    expect(decodeMetadataRequest(new Reader(payload, h.headerLength), 8)).toEqual(metadataRequest);
  });

  it('v2 for flexible versions keeps client_id as a classic int16-length string and adds tagged fields', () => {
    const payload = encodeRequestFrame(
      REQUEST_CODECS.get(ApiKey.Metadata)!,
      {
        apiKey: 3,
        apiVersion: 12,
        correlationId: 1,
        clientId: 'cli',
        taggedFields: [{ tag: 9, data: Buffer.from('x') }],
      },
      metadataRequest,
    ).subarray(4);
    // int16 length 3, not compact varint 4; then one tagged field: tag 9, size 1, 'x'.
    expect(payload.subarray(8, 17).toString('hex')).toBe('0003636c69' + '01' + '0901' + '78');
    const h = decodeRequestHeader(payload);
    expect(h.headerVersion).toBe(2);
    expect(h.headerLength).toBe(17);
    expect(h.taggedFields).toEqual([{ tag: 9, data: Buffer.from('x') }]);
  });

  it('null client_id is length -1 in both header versions', () => {
    for (const apiVersion of [8, 12]) {
      const payload = encodeRequestFrame(
        REQUEST_CODECS.get(3)!,
        { apiKey: 3, apiVersion, correlationId: 1, clientId: null },
        metadataRequest,
      ).subarray(4);
      expect(payload.readInt16BE(8)).toBe(-1);
      expect(decodeRequestHeader(payload).clientId).toBeNull();
    }
  });

  it('a truncated header is a DecodeError naming the API key and the field', () => {
    const payload = Buffer.from('0003000c00000001000a6162', 'hex'); // client id announces 10 bytes, has 2
    const err = (() => {
      try {
        decodeRequestHeader(payload);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DecodeError);
    expect(err).toMatchObject({ apiKey: 3, apiVersion: 12, path: 'clientId' });
  });
});

describe('response header', () => {
  it('v1 (with tagged fields) for flexible versions and v0 otherwise', () => {
    expect(responseHeaderVersion(ApiKey.Metadata, 9)).toBe(1);
    expect(responseHeaderVersion(ApiKey.Metadata, 8)).toBe(0);
    expect(requestHeaderVersion(ApiKey.Fetch, 12)).toBe(2);
    expect(requestHeaderVersion(ApiKey.Fetch, 11)).toBe(1);
  });

  it('ApiVersions responses use header v0 even for flexible versions 3 and 4', () => {
    expect(responseHeaderVersion(ApiKey.ApiVersions, 3)).toBe(0);
    expect(responseHeaderVersion(ApiKey.ApiVersions, 4)).toBe(0);
    const body: ApiVersionsResponse = {
      errorCode: 35,
      apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }],
      throttleTimeMs: 0,
      supportedFeatures: [],
      finalizedFeaturesEpoch: -1n,
      finalizedFeatures: [],
      zkMigrationReady: false,
    };
    const frame = encodeResponseFrame(RESPONSE_CODECS.get(ApiKey.ApiVersions)!, 18, 3, 42, body).subarray(4);
    const h = decodeResponseHeader(frame, 18, 3);
    expect(h).toMatchObject({ correlationId: 42, headerVersion: 0, headerLength: 4 });
    // The body starts right after the correlation id: int16 error code 35.
    expect(frame.readInt16BE(4)).toBe(35);
    expect(decodeApiVersionsResponse(new Reader(frame, 4), 3)).toEqual(body);
  });

  it('a flexible Metadata response carries an empty tagged-field section after the correlation id', () => {
    const frame = encodeResponseFrame(RESPONSE_CODECS.get(3)!, 3, 12, 5, {
      throttleTimeMs: 0,
      brokers: [],
      clusterId: null,
      controllerId: -1,
      topics: [],
      clusterAuthorizedOperations: -2147483648,
      errorCode: 0,
    }).subarray(4);
    expect(frame.subarray(0, 5).toString('hex')).toBe('0000000500');
    expect(decodeResponseHeader(frame, 3, 12).headerLength).toBe(5);
  });
});

describe('body decode by API key', () => {
  it("ignores bytes left after the body, as the broker's generated readers do", () => {
    const frame = encodeRequestFrame(
      REQUEST_CODECS.get(ApiKey.Metadata)!,
      { apiKey: 3, apiVersion: 8, correlationId: 7, clientId: 'c' },
      metadataRequest,
    ).subarray(4);
    const h = decodeRequestHeader(frame);
    expect(decodeRequestBody(frame, h)).toEqual(metadataRequest);
    const longer = Buffer.concat([frame, Buffer.from([0])]);
    expect(decodeRequestBody(longer, h)).toEqual(metadataRequest);
  });
});
