// Offline checks of rendered Kubernetes manifests (kubectl kustomize output): every document against its schema
// (Kubernetes' own through kubernetes-models, Strimzi's and CloudNativePG's CRDs through their @kubernetes-models
// packages, Keycloak's through schemas/keycloak.schema.json), then the house policies below, then the Kafka ACLs
// against the topics each service's configuration really writes and reads.
//   node validate.mjs [--services REPO_ROOT] FILE...
// Prints one line per finding and exits 1 if there is any.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const SCHEMA_MODULES = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "kafka.strimzi.io/v1beta2": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};
const keycloakSchema = JSON.parse(readFileSync(new URL("./schemas/keycloak.schema.json", import.meta.url)));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(keycloakSchema, "keycloak");

const findings = [];
const args = process.argv.slice(2);
let servicesRoot = null;
if (args[0] === "--services") { servicesRoot = args[1]; args.splice(0, 2); }

const where = (doc) => `${doc.kind}/${doc.metadata?.name ?? "?"}`;
const fail = (doc, message) => findings.push(`${where(doc)}: ${message}`);

async function validateSchema(doc) {
  if (doc.apiVersion === "k8s.keycloak.org/v2alpha1") {
    const validate = ajv.getSchema(`keycloak#/definitions/${doc.kind}`);
    if (!validate) return fail(doc, `no schema for ${doc.apiVersion} ${doc.kind}`);
    if (!validate(doc)) validate.errors.forEach((e) => fail(doc, `schema: ${e.instancePath || "/"} ${e.message}`));
    return;
  }
  const module = SCHEMA_MODULES[doc.apiVersion];
  if (!module) return fail(doc, `no schema for ${doc.apiVersion}`);
  const models = await import(module);
  const Model = models[doc.kind];
  if (!Model) return fail(doc, `no schema for ${doc.apiVersion} ${doc.kind}`);
  try {
    new Model(doc).validate();
  } catch (e) {
    fail(doc, `schema: ${e.message.split("\n")[0]}`);
  }
}

const SECRETISH = /(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|CREDENTIAL)/i;
const SECRET_PROPERTY = /^(.*password|.*secret|private-key|credentials?)$/i;

function checkPod(doc, spec) {
  const podSc = spec.securityContext ?? {};
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const sc = c.securityContext ?? {};
    const who = `container ${c.name}`;
    if (!c.livenessProbe) fail(doc, `${who} has no liveness probe`);
    if (!c.readinessProbe) fail(doc, `${who} has no readiness probe`);
    if (!c.resources?.limits?.memory || !c.resources?.limits?.cpu) fail(doc, `${who} has no cpu and memory limit`);
    if (!c.resources?.requests?.memory || !c.resources?.requests?.cpu) fail(doc, `${who} has no cpu and memory request`);
    const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    const uid = sc.runAsUser ?? podSc.runAsUser;
    if (nonRoot !== true || uid === 0) fail(doc, `${who} may run as root (runAsNonRoot must be true, runAsUser not 0)`);
    if (sc.readOnlyRootFilesystem !== true) fail(doc, `${who} has a mutable root filesystem (readOnlyRootFilesystem)`);
    if (sc.allowPrivilegeEscalation !== false) fail(doc, `${who} allows privilege escalation`);
    if (sc.privileged === true) fail(doc, `${who} is privileged`);
    checkImage(doc, who, c.image);
    for (const e of c.env ?? []) {
      if (e.value !== undefined && SECRETISH.test(e.name)) fail(doc, `${who} has a secret value in env ${e.name}`);
    }
  }
}

function checkImage(doc, who, image) {
  if (!image) return fail(doc, `${who} has no image`);
  const digest = image.includes("@sha256:");
  const tag = image.split("/").pop().split(":")[1];
  if (!digest && (!tag || tag === "latest")) fail(doc, `${who} uses image ${image} without a fixed tag (latest)`);
}

function checkPolicies(doc) {
  if (doc.kind === "Secret" && (doc.data || doc.stringData)) fail(doc, "a secret value in a manifest (create Secrets outside git)");
  if (doc.kind === "ConfigMap") {
    for (const [k, v] of Object.entries(doc.data ?? {})) {
      if (SECRETISH.test(k)) fail(doc, `a secret value in a manifest (ConfigMap key ${k})`);
      for (const line of String(v).split("\n")) {
        const m = line.match(/^\s*([^#=\s]+)\s*=\s*(.*)$/);
        if (m && SECRET_PROPERTY.test(m[1].split(".").pop()) && m[2] && !/^\$\{[A-Z0-9_]+(:[^}]*)?\}$/.test(m[2].trim())) {
          fail(doc, `a secret value in a manifest (${m[1]} in ConfigMap key ${k})`);
        }
      }
    }
  }
  const template = { Deployment: 1, StatefulSet: 1, DaemonSet: 1, Job: 1 }[doc.kind] ? doc.spec?.template?.spec : null;
  if (doc.kind === "Pod") checkPod(doc, doc.spec);
  if (template) checkPod(doc, template);
  if (doc.kind === "Cluster" && doc.spec?.imageName) checkImage(doc, "the PostgreSQL cluster", doc.spec.imageName);
  if (doc.kind === "Keycloak" && doc.spec?.image) checkImage(doc, "Keycloak", doc.spec.image);
}

// The Kafka ACLs against the services' own configuration: each service may write its outbox topics and the
// dead-letter topic and read what it consumes; every topic it uses exists as a KafkaTopic.
function checkKafka(docs) {
  const topics = new Set(docs.filter((d) => d.kind === "KafkaTopic").map((d) => d.spec?.topicName ?? d.metadata.name));
  for (const user of docs.filter((d) => d.kind === "KafkaUser")) {
    const service = user.metadata.name;
    const file = join(servicesRoot, service, "src/main/resources/application.properties");
    if (!existsSync(file)) { fail(user, `no service ${service} to compare its ACLs with`); continue; }
    const props = Object.fromEntries(readFileSync(file, "utf8").split("\n").map((l) => l.match(/^([^#=\s]+)=(.*)$/))
      .filter(Boolean).map((m) => [m[1], m[2].trim()]));
    const writes = new Set([...(props["jixiao.outbox.topics"] ?? "").split(",").filter(Boolean), "dead-letters"]);
    const reads = new Set(Object.entries(props).filter(([k]) => /^mp\.messaging\.incoming\.[^.]+\.topic$/.test(k)).map(([, v]) => v));
    const groups = new Set(Object.entries(props).filter(([k]) => /^mp\.messaging\.incoming\.[^.]+\.group\.id$/.test(k)).map(([, v]) => v));
    const acls = user.spec?.authorization?.acls ?? [];
    const allowed = (type, name, op) => acls.some((a) => a.resource.type === type && a.operations.includes(op) &&
      (a.resource.patternType === "prefix" ? name.startsWith(a.resource.name) : a.resource.name === name));
    for (const t of writes) if (!allowed("topic", t, "Write")) fail(user, `may not write ${t}, which it publishes`);
    for (const t of reads) if (!allowed("topic", t, "Read")) fail(user, `may not read ${t}, which it consumes`);
    for (const g of groups) if (!allowed("group", g, "Read")) fail(user, `may not use consumer group ${g}`);
    for (const a of acls.filter((a) => a.resource.type === "topic")) {
      if (a.operations.includes("Write") && !writes.has(a.resource.name)) fail(user, `may write ${a.resource.name}, which it never publishes`);
      if (a.resource.patternType === "prefix" || a.resource.name === "*") fail(user, `has a topic ACL wider than one topic (${a.resource.name})`);
    }
    for (const t of new Set([...writes, ...reads])) if (!topics.has(t)) fail(user, `uses topic ${t}, which has no KafkaTopic`);
  }
}

let documents = 0;
for (const file of args) {
  const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
  for (const doc of docs) {
    await validateSchema(doc);
    checkPolicies(doc);
  }
  if (servicesRoot) checkKafka(docs);
  documents += docs.length;
}
for (const f of findings) console.log(f);
console.log(`${documents} documents checked, ${findings.length} findings`);
process.exit(findings.length ? 1 : 0);
