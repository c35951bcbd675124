{{/*
Helpers. They read only .Values and .Release (never .Chart), so that a parent chart can call the
sidecar templates with (dict "Values" <this chart's values> "Release" .Release).
*/}}

{{- define "kafka-l7-proxy.name" -}}
{{- default "kafka-l7-proxy" .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "kafka-l7-proxy.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "kafka-l7-proxy.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "kafka-l7-proxy.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kafka-l7-proxy.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "kafka-l7-proxy.labels" -}}
{{ include "kafka-l7-proxy.selectorLabels" . }}
app.kubernetes.io/component: {{ .Values.mode }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "kafka-l7-proxy.configMapName" -}}
{{- printf "%s-config" (include "kafka-l7-proxy.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "kafka-l7-proxy.policyConfigMapName" -}}
{{- if .Values.policy.existingConfigMap -}}
{{- .Values.policy.existingConfigMap -}}
{{- else -}}
{{- printf "%s-policy" (include "kafka-l7-proxy.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "kafka-l7-proxy.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "kafka-l7-proxy.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* "true" when the gateway reads the Kubernetes API (pod identity or policy objects). */}}
{{- define "kafka-l7-proxy.readsKubernetesApi" -}}
{{- if and (eq .Values.mode "gateway") (or .Values.kubernetes.podIdentity .Values.kubernetes.policies.enabled) -}}
true
{{- end -}}
{{- end -}}

{{- define "kafka-l7-proxy.image" -}}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag -}}
{{- end -}}

{{/* Where the pieces are mounted in the container. */}}
{{- define "kafka-l7-proxy.paths" -}}
config: /etc/kafka-l7-proxy/config
policy: /etc/kafka-l7-proxy/policy
tls: /etc/kafka-l7-proxy/tls/server
clientCA: /etc/kafka-l7-proxy/tls/client-ca
upstreamCA: /etc/kafka-l7-proxy/tls/upstream-ca
upstreamClient: /etc/kafka-l7-proxy/tls/upstream-client
{{- end -}}

{{/* Listen port of broker node $id: its brokerPorts entry, else brokerPortBase + id. */}}
{{- define "kafka-l7-proxy.brokerPort" -}}
{{- $ctx := index . 0 -}}
{{- $id := index . 1 -}}
{{- $explicit := index $ctx.Values.listen.brokerPorts (toString $id) -}}
{{- if $explicit -}}{{ $explicit }}{{- else -}}{{ add $ctx.Values.listen.brokerPortBase $id }}{{- end -}}
{{- end -}}

{{/* Every proxy port as a YAML list of {name, port}: bootstrap, broker-<id>..., admin. */}}
{{- define "kafka-l7-proxy.ports" -}}
- name: bootstrap
  port: {{ .Values.listen.bootstrapPort }}
{{- range $id := .Values.brokerNodeIds }}
- name: broker-{{ $id }}
  port: {{ include "kafka-l7-proxy.brokerPort" (list $ $id) }}
{{- end }}
{{- if .Values.admin.enabled }}
- name: admin
  port: {{ .Values.admin.port }}
{{- end }}
{{- end -}}

{{- define "kafka-l7-proxy.advertisedHost" -}}
{{- if .Values.advertised.host -}}
{{- .Values.advertised.host -}}
{{- else if eq .Values.mode "sidecar" -}}
127.0.0.1
{{- else -}}
{{- printf "%s.%s.svc.%s" (include "kafka-l7-proxy.fullname" .) .Release.Namespace .Values.clusterDomain -}}
{{- end -}}
{{- end -}}

{{/* Checks that need more than one value; values.schema.json checks each value alone. */}}
{{- define "kafka-l7-proxy.validate" -}}
{{- if eq (len .Values.upstream.bootstrapServers) 0 -}}
{{- fail "upstream.bootstrapServers: give at least one broker address (host:port)" -}}
{{- end -}}
{{- if and .Values.tls.enabled (not .Values.tls.secretName) -}}
{{- fail "tls.enabled needs tls.secretName (a kubernetes.io/tls Secret)" -}}
{{- end -}}
{{- if and (ne .Values.tls.clientAuth "none") (not .Values.tls.enabled) -}}
{{- fail "tls.clientAuth needs tls.enabled: true" -}}
{{- end -}}
{{- if and .Values.upstream.tls.clientCertSecret (not .Values.upstream.tls.enabled) -}}
{{- fail "upstream.tls.clientCertSecret needs upstream.tls.enabled: true" -}}
{{- end -}}
{{- if and .Values.sidecar.principal (eq .Values.mode "sidecar") .Values.policy.document.identities -}}
{{- fail "sidecar.principal sets the policy's identities; remove identities from policy.document (or leave sidecar.principal empty)" -}}
{{- end -}}
{{- if and .Values.sidecar.principal .Values.policy.existingConfigMap -}}
{{- fail "sidecar.principal is written into the chart's policy ConfigMap; with policy.existingConfigMap, put the static identity into that policy instead" -}}
{{- end -}}
{{- if and .Values.upstream.sasl.mechanism (or (not .Values.upstream.sasl.username) (not .Values.upstream.sasl.passwordSecret)) -}}
{{- fail "upstream.sasl.mechanism needs upstream.sasl.username and upstream.sasl.passwordSecret" -}}
{{- end -}}
{{- if and .Values.serviceMonitor.enabled (not .Values.admin.enabled) -}}
{{- fail "serviceMonitor.enabled needs admin.enabled: the metrics are served on the admin port" -}}
{{- end -}}
{{- if and (eq .Values.mode "gateway") .Values.networkPolicy.enabled (eq (len .Values.networkPolicy.brokerPeers) 0) -}}
{{- fail "networkPolicy.enabled needs networkPolicy.brokerPeers: where the brokers are (or set networkPolicy.enabled: false)" -}}
{{- end -}}
{{- $pdb := .Values.gateway.podDisruptionBudget -}}
{{- if and (eq .Values.mode "gateway") $pdb.enabled (not .Values.gateway.autoscaling.enabled) (not (kindIs "string" $pdb.minAvailable)) -}}
{{- if ge (int $pdb.minAvailable) (int .Values.gateway.replicaCount) -}}
{{- fail (printf "gateway.podDisruptionBudget.minAvailable %d with %d replicas would block every node drain: lower it, add replicas, or disable the budget" (int $pdb.minAvailable) (int .Values.gateway.replicaCount)) -}}
{{- end -}}
{{- end -}}
{{- $seen := dict -}}
{{- range $p := include "kafka-l7-proxy.ports" . | fromYamlArray -}}
{{- if hasKey $seen (toString $p.port) -}}
{{- fail (printf "port %v is used by both %s and %s" $p.port (get $seen (toString $p.port)) $p.name) -}}
{{- end -}}
{{- $_ := set $seen (toString $p.port) $p.name -}}
{{- end -}}
{{- end -}}

{{/* proxy.yaml, built as a dict so that every value is quoted correctly by toYaml. */}}
{{- define "kafka-l7-proxy.proxyConfig" -}}
{{- $v := .Values -}}
{{- $paths := include "kafka-l7-proxy.paths" . | fromYaml -}}
{{- $nodes := dict -}}
{{- if $v.upstream.nodeAddressPattern -}}
{{- range $id := $v.brokerNodeIds -}}
{{- $_ := set $nodes (toString $id) (replace "{nodeId}" (toString $id) $v.upstream.nodeAddressPattern) -}}
{{- end -}}
{{- end -}}
{{- range $id, $address := $v.upstream.nodes -}}
{{- $_ := set $nodes (toString $id) $address -}}
{{- end -}}
{{- $upTls := dict "enabled" $v.upstream.tls.enabled "rejectUnauthorized" $v.upstream.tls.rejectUnauthorized -}}
{{- if $v.upstream.tls.caSecret -}}
{{- $_ := set $upTls "caFile" (printf "%s/%s" $paths.upstreamCA $v.upstream.tls.caKey) -}}
{{- end -}}
{{- if $v.upstream.tls.clientCertSecret -}}
{{- $_ := set $upTls "certFile" (printf "%s/%s" $paths.upstreamClient $v.upstream.tls.certKey) -}}
{{- $_ := set $upTls "keyFile" (printf "%s/%s" $paths.upstreamClient $v.upstream.tls.keyKey) -}}
{{- end -}}
{{- if $v.upstream.tls.serverName -}}
{{- $_ := set $upTls "serverName" $v.upstream.tls.serverName -}}
{{- end -}}
{{- $tls := dict "enabled" $v.tls.enabled "clientAuth" $v.tls.clientAuth -}}
{{- if $v.tls.enabled -}}
{{- $_ := set $tls "certFile" (printf "%s/tls.crt" $paths.tls) -}}
{{- $_ := set $tls "keyFile" (printf "%s/tls.key" $paths.tls) -}}
{{- if ne $v.tls.clientAuth "none" -}}
{{- $_ := set $tls "caFile" (printf "%s/%s" $paths.clientCA $v.tls.clientCAKey) -}}
{{- end -}}
{{- end -}}
{{- $config := dict
  "listen" (dict
    "host" (ternary "127.0.0.1" "0.0.0.0" (eq $v.mode "sidecar"))
    "bootstrapPort" $v.listen.bootstrapPort
    "brokerPortBase" $v.listen.brokerPortBase
    "brokerPorts" $v.listen.brokerPorts)
  "advertised" (dict
    "host" (include "kafka-l7-proxy.advertisedHost" .)
    "port" (toString $v.advertised.port))
  "upstream" (dict
    "bootstrapServers" $v.upstream.bootstrapServers
    "nodes" $nodes
    "tls" $upTls
    "connectTimeoutMs" $v.upstream.connectTimeoutMs
    "metadataRefreshMs" $v.upstream.metadataRefreshMs)
  "tls" $tls
  "limits" $v.limits
  "logging" $v.logging
  "policy" (dict "file" (printf "%s/%s" $paths.policy $v.policy.key) "mode" $v.policy.mode)
  "admin" (dict "enabled" $v.admin.enabled "port" $v.admin.port)
-}}
{{- if and (eq $v.mode "sidecar") (eq $v.sidecar.probe "http") -}}
{{- /* kubelet's HTTP probes come to the pod's address: the admin port (metrics and health only)
binds every interface, the Kafka listeners stay on loopback. */ -}}
{{- $_ := set $config.admin "host" "0.0.0.0" -}}
{{- end -}}
{{- if $v.audit -}}
{{- $_ := set $config "audit" $v.audit -}}
{{- end -}}
{{- if eq $v.mode "gateway" -}}
{{- $k := $v.kubernetes -}}
{{- $policies := dict "enabled" $k.policies.enabled "kafkaPolicies" $k.policies.kafkaPolicies "networkPolicies" $k.policies.networkPolicies "ciliumPolicies" $k.policies.ciliumPolicies "writeStatus" $k.policies.writeStatus -}}
{{- if $k.policies.brokerLabels -}}
{{- $_ := set $policies "brokerLabels" $k.policies.brokerLabels -}}
{{- end -}}
{{- if $k.policies.kafkaPorts -}}
{{- $_ := set $policies "kafkaPorts" $k.policies.kafkaPorts -}}
{{- end -}}
{{- $_ := set $config "kubernetes" (dict "enabled" $k.podIdentity "maxStaleMs" $k.maxStaleMs "clusterName" $k.clusterName "policies" $policies) -}}
{{- end -}}
{{- if $v.upstream.sasl.mechanism -}}
{{- /* The password is not in the ConfigMap: KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD comes from its Secret. */ -}}
{{- $_ := set $config.upstream "sasl" (dict "mechanism" $v.upstream.sasl.mechanism "username" $v.upstream.sasl.username) -}}
{{- end -}}
{{- toYaml $config -}}
{{- end -}}

{{/* The policy document, with the sidecar's static identity when sidecar.principal is set. */}}
{{- define "kafka-l7-proxy.policyDocument" -}}
{{- $doc := deepCopy .Values.policy.document -}}
{{- if not $doc -}}
{{- $identity := ternary "kubernetes" "sasl" (and (eq .Values.mode "gateway") .Values.kubernetes.podIdentity) -}}
{{- $doc = dict "apiVersion" "kafka-l7-proxy/v1" "kind" "KafkaPolicy" "metadata" (dict "name" "deny-all") "identities" (list (dict $identity (dict))) "rules" (list) -}}
{{- end -}}
{{- if and (eq .Values.mode "sidecar") .Values.sidecar.principal -}}
{{- $_ := set $doc "identities" (list (dict "static" (dict "principal" .Values.sidecar.principal))) -}}
{{- end -}}
{{- toYaml $doc -}}
{{- end -}}

{{/* Volumes for the proxy container: config and policy ConfigMaps (whole directories, no subPath,
so ConfigMap updates arrive as kubelet's symlink swap), TLS Secrets. */}}
{{- define "kafka-l7-proxy.volumes" -}}
- name: kafka-l7-proxy-config
  configMap:
    name: {{ include "kafka-l7-proxy.configMapName" . }}
- name: kafka-l7-proxy-policy
  configMap:
    name: {{ include "kafka-l7-proxy.policyConfigMapName" . }}
{{- if .Values.tls.enabled }}
- name: kafka-l7-proxy-tls
  secret:
    secretName: {{ .Values.tls.secretName }}
{{- if ne .Values.tls.clientAuth "none" }}
- name: kafka-l7-proxy-client-ca
  secret:
    secretName: {{ default .Values.tls.secretName .Values.tls.clientCASecret }}
{{- end }}
{{- end }}
{{- if and .Values.upstream.tls.enabled .Values.upstream.tls.caSecret }}
- name: kafka-l7-proxy-upstream-ca
  secret:
    secretName: {{ .Values.upstream.tls.caSecret }}
{{- end }}
{{- if and .Values.upstream.tls.enabled .Values.upstream.tls.clientCertSecret }}
- name: kafka-l7-proxy-upstream-client
  secret:
    secretName: {{ .Values.upstream.tls.clientCertSecret }}
{{- end }}
{{- end -}}

{{- define "kafka-l7-proxy.volumeMounts" -}}
{{- $paths := include "kafka-l7-proxy.paths" . | fromYaml -}}
- name: kafka-l7-proxy-config
  mountPath: {{ $paths.config }}
  readOnly: true
- name: kafka-l7-proxy-policy
  mountPath: {{ $paths.policy }}
  readOnly: true
{{- if .Values.tls.enabled }}
- name: kafka-l7-proxy-tls
  mountPath: {{ $paths.tls }}
  readOnly: true
{{- if ne .Values.tls.clientAuth "none" }}
- name: kafka-l7-proxy-client-ca
  mountPath: {{ $paths.clientCA }}
  readOnly: true
{{- end }}
{{- end }}
{{- if and .Values.upstream.tls.enabled .Values.upstream.tls.caSecret }}
- name: kafka-l7-proxy-upstream-ca
  mountPath: {{ $paths.upstreamCA }}
  readOnly: true
{{- end }}
{{- if and .Values.upstream.tls.enabled .Values.upstream.tls.clientCertSecret }}
- name: kafka-l7-proxy-upstream-client
  mountPath: {{ $paths.upstreamClient }}
  readOnly: true
{{- end }}
{{- end -}}

{{/* Probes. Gateway: kubelet asks the admin port (/healthz, /readyz), or checks the bootstrap port
over TCP without it. Sidecar: the Kafka listeners are on loopback only, which kubelet cannot reach;
with sidecar.probe http (default) the admin port binds the pod's addresses and kubelet asks it over
HTTP like in a gateway, with sidecar.probe exec (or without the admin port) node asks from inside the
container, a process every few seconds. */}}
{{- define "kafka-l7-proxy.probes" -}}
{{- $sidecar := eq .Values.mode "sidecar" -}}
{{- $httpSidecar := and $sidecar .Values.admin.enabled (eq .Values.sidecar.probe "http") -}}
{{- range $probe := list (list "startupProbe" "/healthz" 2 30) (list "livenessProbe" "/healthz" 10 3) (list "readinessProbe" "/readyz" 5 2) }}
{{ index $probe 0 }}:
{{- if $httpSidecar }}
  httpGet:
    path: {{ index $probe 1 }}
    port: {{ $.Values.admin.port }}
{{- else if and $sidecar $.Values.admin.enabled }}
  exec:
    command:
      - node
      - -e
      - {{ printf "require('http').get({host:'127.0.0.1',port:%d,path:'%s',timeout:2000},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1)).on('timeout',()=>process.exit(1))" (int $.Values.admin.port) (index $probe 1) | quote }}
{{- else if $sidecar }}
  exec:
    command:
      - node
      - -e
      - {{ printf "require('net').connect(%d,'127.0.0.1',()=>process.exit(0)).on('error',()=>process.exit(1))" (int $.Values.listen.bootstrapPort) | quote }}
{{- else if $.Values.admin.enabled }}
  httpGet:
    path: {{ index $probe 1 }}
    port: admin
{{- else }}
  tcpSocket:
    port: bootstrap
{{- end }}
  periodSeconds: {{ index $probe 2 }}
  timeoutSeconds: 3
  failureThreshold: {{ index $probe 3 }}
{{- end }}
{{- end -}}

{{/*
The proxy container. Used by the gateway Deployment, and by a workload's own chart in sidecar mode:
  containers:
    - name: my-client
      ...
    {{- include "kafka-l7-proxy.sidecarContainer" (dict "Values" (index .Values "kafka-l7-proxy") "Release" .Release) | nindent 4 }}
  volumes:
    {{- include "kafka-l7-proxy.sidecarVolumes" (dict "Values" (index .Values "kafka-l7-proxy") "Release" .Release) | nindent 4 }}
*/}}
{{- define "kafka-l7-proxy.container" -}}
{{- $paths := include "kafka-l7-proxy.paths" . | fromYaml -}}
- name: {{ ternary .Values.sidecar.containerName "proxy" (eq .Values.mode "sidecar") }}
  image: {{ include "kafka-l7-proxy.image" . | quote }}
  imagePullPolicy: {{ .Values.image.pullPolicy }}
  args: ["run", "--config", "{{ $paths.config }}/proxy.yaml"]
  {{- if or .Values.env .Values.upstream.sasl.mechanism }}
  env:
    {{- if .Values.upstream.sasl.mechanism }}
    - name: KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD
      valueFrom:
        secretKeyRef:
          name: {{ .Values.upstream.sasl.passwordSecret }}
          key: {{ .Values.upstream.sasl.passwordKey }}
    {{- end }}
    {{- with .Values.env }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
  {{- if ne .Values.mode "sidecar" }}
  ports:
  {{- range $p := include "kafka-l7-proxy.ports" . | fromYamlArray }}
    - name: {{ $p.name | trunc 15 }}
      containerPort: {{ $p.port }}
      protocol: TCP
  {{- end }}
  {{- end }}
  {{- include "kafka-l7-proxy.probes" . | trim | nindent 2 }}
  resources:
    {{- toYaml .Values.resources | nindent 4 }}
  securityContext:
    {{- toYaml .Values.securityContext | nindent 4 }}
  volumeMounts:
    {{- include "kafka-l7-proxy.volumeMounts" . | nindent 4 }}
    {{- with .Values.extraVolumeMounts }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}

{{- define "kafka-l7-proxy.sidecarContainer" -}}
{{- include "kafka-l7-proxy.validate" . -}}
{{- if ne .Values.mode "sidecar" -}}
{{- fail "kafka-l7-proxy.sidecarContainer needs mode: sidecar in the kafka-l7-proxy values" -}}
{{- end -}}
{{- include "kafka-l7-proxy.container" . -}}
{{- end -}}

{{/* The same container as a native sidecar (Kubernetes 1.29+), for the pod's initContainers: it
starts, and passes its startup probe, before the client containers, and stops after them, so the
client's last requests on shutdown still have their proxy. */}}
{{- define "kafka-l7-proxy.sidecarInitContainer" -}}
{{ include "kafka-l7-proxy.sidecarContainer" . }}
  restartPolicy: Always
{{- end -}}

{{- define "kafka-l7-proxy.sidecarVolumes" -}}
{{- include "kafka-l7-proxy.volumes" . -}}
{{- end -}}
