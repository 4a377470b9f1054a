// Interop peer for cu's tests: node's `jose` package, driven from tests/interop.rs.
// usage: node peer.mjs COMMAND ARGS...  (files for keys and tokens; results on stdout)
import { readFileSync } from "node:fs";
import * as jose from "jose";

const [command, ...args] = process.argv.slice(2);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const readText = (path) => readFileSync(path, "utf8").trim();

if (command === "check") {
  process.exit(0);
} else if (command === "verify") {
  const key = await jose.importJWK(readJson(args[0]), args[2]);
  const { payload } = await jose.jwtVerify(readText(args[1]), key, { algorithms: [args[2]], audience: "api" });
  console.log(JSON.stringify(payload));
} else if (command === "sign") {
  const jwk = readJson(args[0]);
  const key = await jose.importJWK(jwk, args[1]);
  const token = await new jose.SignJWT({ sub: "from-node-jose" })
    .setProtectedHeader({ alg: args[1], kid: jwk.kid })
    .setAudience("api").setIssuedAt(1700000000).setExpirationTime(4102444800)
    .sign(key);
  console.log(token);
} else if (command === "decrypt") {
  const key = await jose.importJWK(readJson(args[0]), args[2]);
  const { plaintext } = await jose.compactDecrypt(readText(args[1]), key);
  process.stdout.write(new TextDecoder().decode(plaintext));
} else if (command === "encrypt") {
  const key = await jose.importJWK(readJson(args[0]), args[1]);
  const jwe = await new jose.CompactEncrypt(new TextEncoder().encode(args[3]))
    .setProtectedHeader({ alg: args[1], enc: args[2] })
    .encrypt(key);
  console.log(jwe);
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
