/**
 * The V8 flags the container image starts Node.js with (the Dockerfile's ENTRYPOINT; a unit test
 * keeps the two equal, and bench/ starts the proxy with them too, so its figures are the image's).
 *
 * `--max-semi-space-size=1` (MiB): V8's young generation grows to two 16 MiB semi-spaces by default
 * under a high allocation rate, which a proxy reaches at once (short-lived views and slots per frame).
 * Capped at 1 MiB, the proxy's resident memory under the bench/e2e load fell by about 40 MiB
 * (`npx tsx bench/e2e/forwarding-cost.ts --node-options --max-semi-space-size=1`: peak RSS 83 MiB
 * against 121-126 MiB without); the objects are short-lived, so the more frequent scavenges stay
 * cheap. See bench/README.md.
 */
export const PROXY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1'];
