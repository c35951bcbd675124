// What Kafka never authorizes: SaslHandshake (17), ApiVersions (18), SaslAuthenticate (36), client
// telemetry (GetTelemetrySubscriptions 71, PushTelemetry 72, KIP-714) and DescribeCluster (60),
// which the broker answers for every client (checked against StandardAuthorizer in
// policy-reference-raw.test.ts).
// - Names nothing; forwarded at any version (a newer client's ApiVersions is the broker's to answer).
// - Reveals: DescribeCluster's ClusterAuthorizedOperations restricted to the policy's grants.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { ApiKeyNumber } from '../../../protocol/generated/codecs.js';
import { restrict } from '../authorized-operations.js';
import type { ApiModule } from './api-module.js';

function unauthorized<K extends ApiKeyNumber>(apiKey: K): ApiModule<K> {
  return { apiKey, handling: 'unauthorized', versions: 'any' };
}

export const saslHandshake = unauthorized(ApiKey.SaslHandshake);
export const apiVersions = unauthorized(ApiKey.ApiVersions);
export const saslAuthenticate = unauthorized(ApiKey.SaslAuthenticate);
export const getTelemetrySubscriptions = unauthorized(ApiKey.GetTelemetrySubscriptions);
export const pushTelemetry = unauthorized(ApiKey.PushTelemetry);

export const describeCluster: ApiModule<typeof ApiKey.DescribeCluster> = {
  apiKey: ApiKey.DescribeCluster,
  handling: 'unauthorized',
  versions: 'any',
  reveals(request, _v, ops) {
    if (!request.includeClusterAuthorizedOperations) return undefined;
    return (response) => {
      response.clusterAuthorizedOperations = restrict(response.clusterAuthorizedOperations, ops().cluster());
    };
  },
};
