/**
 * A static server for the disclosure page, as a dev server would serve it: clients/typescript on an origin the local
 * stack allows (CORS). `npm run serve` starts it on 5173; the browser test starts it itself.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url)); // clients/typescript (this runs from dist/test)
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript",
  ".mjs": "text/javascript", ".css": "text/css", ".map": "application/json" };

export function serve(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "localhost", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await serve(5173);
  console.log("http://localhost:5173/disclosure/index.html?year=2020");
}
