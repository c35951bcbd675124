# syntax=docker/dockerfile:1
# kafka-l7-proxy container image.
#   docker build -t kafka-l7-proxy .
#   docker run --rm -v "$PWD/examples/proxy.yaml:/etc/kafka-l7-proxy/proxy.yaml:ro" -p 9092:9092 kafka-l7-proxy
# Node's Active LTS line; the build and runtime stages use the same one so the compiled output and the
# production node_modules meet the runtime they were made for.
ARG NODE_VERSION=26

# ---- build: full dependencies, TypeScript compile -------------------------------------------------
FROM node:${NODE_VERSION}-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency needs an install script, and none should run in the build.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY protocol ./protocol
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies and the compiled output only --------------------------------
FROM node:${NODE_VERSION}-slim AS runtime
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="kafka-l7-proxy" \
      org.opencontainers.image.description="Kafka-protocol-aware L7 proxy: per-client topic, role, client-id and API rules with Kafka-exact denials" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}"
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
    && npm cache clean --force
COPY --from=build /src/dist ./dist
# The policy loader reads policies/policy.schema.json at run time; the examples make `policy check`
# and a first run work without mounting anything.
COPY policies ./policies
COPY examples/proxy.yaml /etc/kafka-l7-proxy/proxy.yaml

# The node image's unprivileged user (uid 1000); numeric so runAsNonRoot can verify it.
USER 1000:1000

# 9092 bootstrap; 9100+N one listener per broker node N (three nodes shown); 9644 admin
# (/metrics, /healthz, /readyz).
EXPOSE 9092 9100 9101 9102 9644

# No curl in the slim image: node itself asks the admin port (admin.port, default 9644; a config
# file that moves it needs KAFKA_L7_PROXY_ADMIN_PORT set to the same), any answer but 200 is unhealthy.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:process.env.KAFKA_L7_PROXY_ADMIN_PORT||9644,path:'/healthz',timeout:2000},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1)).on('timeout',()=>process.exit(1))"]

# Exec form: node is PID 1 and receives SIGTERM itself; `run` drains (stops accepting, lets in-flight
# requests finish within limits.drainTimeoutMs) and exits. No shell, no init needed for that.
# --max-semi-space-size=1: a 1 MiB young generation (V8 grows it to 16 MiB under load), ~40 MiB less
# resident memory under load (src/cli/node-flags.ts, bench/README.md).
ENTRYPOINT ["node", "--max-semi-space-size=1", "dist/src/cli/main.js"]
CMD ["run", "--config", "/etc/kafka-l7-proxy/proxy.yaml"]
