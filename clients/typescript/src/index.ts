/**
 * A typed client of the budget performance management API (预算绩效管理): every path, parameter, body and answer
 * typed from the combined OpenAPI document (api-docs), errors as RFC 9457 problems.
 *
 *   const api = createJixiaoClient({ baseUrl: "https://api.jixiao.example", token: () => session.accessToken });
 *   const { data, error } = await api.GET("/api/v1/target-tables/{id}", { params: { path: { id } } });
 *
 * Behind one host (the ingress) give baseUrl; against the four services directly (the local stack) give services,
 * and each request goes to the service that answers its path.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";
import { routes, type Service } from "./generated/routes.js";

export type { components, paths };
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type JixiaoClient = Client<paths>;

export interface ClientOptions {
  /** One host for everything (production, behind the ingress). */
  baseUrl?: string;
  /** Each service's own URL (the local stack: 8081–8084). */
  services?: Record<Service, string>;
  /** The bearer token of the signed-in user; called for each request, so a refreshed token is used at once. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** The fetch to use (a test's, a polyfill's); the global one by default. */
  fetch?: typeof fetch;
}

/** The services of the local stack started by deploy/local/start. */
export const LOCAL_SERVICES: Record<Service, string> = {
  "project-service": "http://localhost:8081",
  "indicator-service": "http://localhost:8082",
  "evaluation-service": "http://localhost:8083",
  "review-service": "http://localhost:8084",
};

/** The service that answers a path of the API, from the combined document. */
export function serviceOf(path: string): Service {
  const found = routes.find(([pattern]) => pattern.test(path));
  if (!found) throw new Error(`no service answers ${path}`);
  return found[1];
}

export function createJixiaoClient(options: ClientOptions): JixiaoClient {
  const base = options.fetch ?? globalThis.fetch;
  const routed: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (!options.services) return base(request);
    const url = new URL(request.url);
    const target = new URL(url.pathname + url.search, options.services[serviceOf(url.pathname)]);
    return base(new Request(target, request));
  };
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? "http://api.invalid", fetch: routed });
  client.use({
    async onRequest({ request }) {
      const token = await options.token?.();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

/** An answer's problem as one line a person can read: "400 Invalid request: name: must not be blank". */
export function describe(problem: Problem | undefined): string {
  if (!problem) return "no problem";
  const violations = (problem.violations ?? []).map((v) => `${v.field}: ${v.message}`).join("; ");
  return `${problem.status} ${problem.title}: ${violations || problem.detail || ""}`;
}
