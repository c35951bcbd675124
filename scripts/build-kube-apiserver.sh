#!/usr/bin/env bash
# Builds a real kube-apiserver and etcd from the Go module proxy for the Kubernetes tests
# (test/harness/kube-apiserver.ts), and caches the two stripped binaries outside the repository:
#   $KAFKA_L7_PROXY_TOOLS/kube/<kubernetes version>/{kube-apiserver,etcd}   (default ~/.cache/kafka-l7-proxy)
# Idempotent: when both binaries are present with a matching stamp it prints their paths and exits at once.
#
# Why a scratch module: k8s.io/kubernetes replaces every k8s.io/X staging module with ./staging/src/k8s.io/X,
# which a module dependency cannot see; the scratch go.mod replaces each with the published k8s.io/X
# v0.<minor>.<patch> instead. The scratch module (go.mod, tools.go) is generated here, in a temporary
# directory under the cache, never in the repository.
#
# Cost: about 480 CPU-seconds cold (5 minutes on 2 idle cores), seconds with a warm Go build cache.
# To stay kind to a shared machine the build runs under `nice` and with KUBE_BUILD_PARALLELISM
# packages at a time (go build -p, default 2: the cores of the CI machine, not more); KUBE_BUILD_NICE
# sets the niceness (default 10).
set -euo pipefail

KUBE_VERSION=v1.37.2
STAGING_VERSION=v0.37.2
ETCD_VERSION=v3.7.0
GO_LINE=1.26.0
STAGING_MODULES=(api apiextensions-apiserver apimachinery apiserver cli-runtime client-go cloud-provider
  cluster-bootstrap code-generator component-base component-helpers controller-manager cri-api cri-client
  cri-streaming csi-translation-lib dynamic-resource-allocation endpointslice externaljwt kms kube-aggregator
  kube-controller-manager kube-proxy kube-scheduler kubectl kubelet metrics mount-utils pod-security-admission
  sample-apiserver streaming)

TOOLS="${KAFKA_L7_PROXY_TOOLS:-$HOME/.cache/kafka-l7-proxy}"
OUT="$TOOLS/kube/$KUBE_VERSION"
STAMP="kube-apiserver $KUBE_VERSION etcd $ETCD_VERSION"
PARALLELISM="${KUBE_BUILD_PARALLELISM:-2}"
NICENESS="${KUBE_BUILD_NICE:-10}"

if [ -x "$OUT/kube-apiserver" ] && [ -x "$OUT/etcd" ] && [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$STAMP" ]; then
  echo "$STAMP: cached in $OUT"
  exit 0
fi

command -v go >/dev/null 2>&1 || PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null 2>&1 || { echo "go is needed to build kube-apiserver and etcd" >&2; exit 1; }

started=$(date +%s)
echo "$STAMP: building with $(go version | cut -d' ' -f3), go build -p $PARALLELISM (cold: several minutes)"
mkdir -p "$OUT"
rm -f "$OUT/stamp"
SCRATCH="$TOOLS/kube/scratch-$KUBE_VERSION"
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
trap 'rm -rf "$SCRATCH"' EXIT

{
  echo "module kafka-l7-proxy.local/kube-build"
  echo
  echo "go $GO_LINE"
  echo
  echo "require ("
  echo "	k8s.io/kubernetes $KUBE_VERSION"
  echo "	go.etcd.io/etcd/server/v3 $ETCD_VERSION"
  echo ")"
  echo
  echo "replace ("
  for m in "${STAGING_MODULES[@]}"; do
    echo "	k8s.io/$m => k8s.io/$m $STAGING_VERSION"
  done
  echo ")"
} > "$SCRATCH/go.mod"
cat > "$SCRATCH/tools.go" <<'EOF'
//go:build tools

// Package tools pins the two main packages this scratch module builds.
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
)
EOF

cd "$SCRATCH"
# go mod tidy considers every build tag (but "ignore"), so the tools tag is seen.
go mod tidy
GOFLAGS="-mod=mod" go mod download k8s.io/kubernetes go.etcd.io/etcd/server/v3
export CGO_ENABLED=0
nice -n "$NICENESS" go build -mod=mod -p "$PARALLELISM" -trimpath \
  -ldflags "-s -w -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION" \
  -o "$OUT/kube-apiserver.tmp" k8s.io/kubernetes/cmd/kube-apiserver
nice -n "$NICENESS" go build -mod=mod -p "$PARALLELISM" -trimpath -ldflags "-s -w" -o "$OUT/etcd.tmp" go.etcd.io/etcd/server/v3
mv "$OUT/kube-apiserver.tmp" "$OUT/kube-apiserver"
mv "$OUT/etcd.tmp" "$OUT/etcd"
echo "$STAMP" > "$OUT/stamp"
"$OUT/kube-apiserver" --version
echo "$STAMP: built into $OUT in $(($(date +%s) - started)) s"
