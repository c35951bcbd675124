import { Reader } from '../../protocol/primitives/index.js';
import { decodeResponseHeader } from '../../protocol/framing/index.js';
import {
  decodeApiVersionsResponse,
  encodeApiVersionsResponse,
} from '../../protocol/generated/messages/api-versions.js';
import {
  decodeDescribeClusterResponse,
  encodeDescribeClusterResponse,
} from '../../protocol/generated/messages/describe-cluster.js';
import {
  decodeFindCoordinatorResponse,
  encodeFindCoordinatorResponse,
} from '../../protocol/generated/messages/find-coordinator.js';
import {
  decodeMetadataResponse,
  encodeMetadataResponse,
} from '../../protocol/generated/messages/metadata.js';
import { decodeSaslAuthenticateResponse } from '../../protocol/generated/messages/sasl-authenticate.js';
import { decodeSaslHandshakeResponse } from '../../protocol/generated/messages/sasl-handshake.js';
import type { SaslObserver } from '../sasl/sasl-observer.js';
import {
  API_VERSIONS_KEY,
  UNSUPPORTED_VERSION,
  clampApiVersions,
  type VersionRange,
} from './api-versions-clamp.js';
import type { EndpointRewriter } from './broker-endpoint.js';
import {
  rewriteCoordinators,
  rewriteDescribeClusterBrokers,
  rewriteMetadataBrokers,
} from './broker-address-rewrite.js';
import { mayCarryNodeEndpoints, rewriteNodeEndpointsTail, type HeldFrame } from './node-endpoints-tail.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

const METADATA = ApiKey.Metadata;
const FIND_COORDINATOR = ApiKey.FindCoordinator;
const SASL_HANDSHAKE = ApiKey.SaslHandshake;
const SASL_AUTHENTICATE = ApiKey.SaslAuthenticate;
const DESCRIBE_CLUSTER = ApiKey.DescribeCluster;

export interface ResponseRewriteContext {
  rewriteEndpoint: EndpointRewriter;
  proxyVersions: Map<number, VersionRange>;
  sasl: SaslObserver;
  /** Told the versions offered to the client after the clamp (when the broker answered without error). */
  offeredVersions?: (ranges: Map<number, VersionRange>) => void;
}

/**
 * Whether the proxy must see a response whole before it goes to the client: the responses that name
 * brokers, ApiVersions (clamped), and the SASL answers (observed). Every other response streams.
 */
export function responseNeedsHolding(apiKey: number, apiVersion: number): boolean {
  switch (apiKey) {
    case METADATA:
    case FIND_COORDINATOR:
    case DESCRIBE_CLUSTER:
    case API_VERSIONS_KEY:
    case SASL_HANDSHAKE:
    case SASL_AUTHENTICATE:
      return true;
    default:
      return mayCarryNodeEndpoints(apiKey, apiVersion);
  }
}

function contiguous(frame: HeldFrame): Buffer {
  return frame.chunks.length === 1 ? frame.chunks[0]! : Buffer.concat(frame.chunks, frame.length);
}

/** A reader positioned after the size and the response header (decoded by the codec). */
function bodyReader(frame: Buffer, apiKey: number, apiVersion: number): Reader {
  const header = decodeResponseHeader(frame.subarray(4), apiKey, apiVersion);
  return new Reader(frame, 4 + header.headerLength);
}

/** A new frame from the original size-and-header bytes (with the size corrected) and a new body. */
function withNewBody(frame: Buffer, headerEnd: number, body: Buffer): Buffer[] {
  const head = Buffer.allocUnsafe(headerEnd);
  frame.copy(head, 0, 0, headerEnd);
  head.writeInt32BE(headerEnd - 4 + body.length, 0);
  return [head, body];
}

/**
 * Applies the proxy's own response handling to a held response frame and returns what to send to
 * the client: the original chunks when nothing changed, otherwise a new frame. Throws the codec's
 * DecodeError when the broker's response does not decode (the caller closes the connection).
 */
export function rewriteHeldResponse(
  frame: HeldFrame,
  apiKey: number,
  apiVersion: number,
  ctx: ResponseRewriteContext,
): Buffer[] {
  if (mayCarryNodeEndpoints(apiKey, apiVersion)) {
    return rewriteNodeEndpointsTail(frame, apiKey, apiVersion, ctx.rewriteEndpoint) ?? frame.chunks;
  }
  const bytes = contiguous(frame);
  const r = bodyReader(bytes, apiKey, apiVersion);
  const headerEnd = r.pos;
  switch (apiKey) {
    case METADATA: {
      const response = decodeMetadataResponse(r, apiVersion);
      rewriteMetadataBrokers(response, ctx.rewriteEndpoint);
      return withNewBody(bytes, headerEnd, encodeMetadataResponse(response, apiVersion));
    }
    case FIND_COORDINATOR: {
      const response = decodeFindCoordinatorResponse(r, apiVersion);
      rewriteCoordinators(response, apiVersion, ctx.rewriteEndpoint);
      return withNewBody(bytes, headerEnd, encodeFindCoordinatorResponse(response, apiVersion));
    }
    case DESCRIBE_CLUSTER: {
      const response = decodeDescribeClusterResponse(r, apiVersion);
      rewriteDescribeClusterBrokers(response, ctx.rewriteEndpoint);
      return withNewBody(bytes, headerEnd, encodeDescribeClusterResponse(response, apiVersion));
    }
    case API_VERSIONS_KEY: {
      // A broker that does not support the request's version answers in v0 whatever was asked.
      const errorCode = bytes.readInt16BE(headerEnd);
      const bodyVersion = errorCode === UNSUPPORTED_VERSION ? 0 : apiVersion;
      const response = decodeApiVersionsResponse(r, bodyVersion);
      clampApiVersions(response, ctx.proxyVersions);
      if (response.errorCode === 0) {
        ctx.offeredVersions?.(
          new Map(response.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }])),
        );
      }
      return withNewBody(bytes, headerEnd, encodeApiVersionsResponse(response, bodyVersion));
    }
    case SASL_HANDSHAKE:
      ctx.sasl.onHandshakeResponse(decodeSaslHandshakeResponse(r, apiVersion).errorCode);
      return frame.chunks;
    case SASL_AUTHENTICATE:
      ctx.sasl.onAuthenticateResponse(decodeSaslAuthenticateResponse(r, apiVersion).errorCode);
      return frame.chunks;
    default:
      return frame.chunks;
  }
}
