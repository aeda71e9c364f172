/** The local stack the tests run against (deploy/local/start) and its demo users' tokens. */
import { createJixiaoClient, LOCAL_SERVICES, type JixiaoClient } from "../src/index.js";

const OIDC = process.env.JIXIAO_OIDC_URL ?? "http://localhost:8090/jixiao";

/** Signs a demo user in at the stack's OIDC issuer (password grant; password = user name) and returns the token. */
export async function login(user: string): Promise<string> {
  const form = new URLSearchParams({ grant_type: "password", client_id: "jixiao", client_secret: "secret",
    username: user, password: user, scope: "openid" });
  const answer = await fetch(`${OIDC}/token`, { method: "POST", body: form });
  if (!answer.ok) throw new Error(`the OIDC issuer refused ${user}: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** A client as one demo user, talking to the four services of the local stack. */
export async function as(user: string): Promise<JixiaoClient> {
  const token = await login(user);
  return createJixiaoClient({ services: LOCAL_SERVICES, token: () => token });
}

/** Polls until {@code probe} gives a value: what travels through Kafka arrives a moment later. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not so after ${seconds}s: ${what}`);
}
