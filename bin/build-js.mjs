#!/usr/bin/env node
// Bundle the browser scripts that use packages from npm (package.json) into
// static/js/build/ (not in git): `npm ci && node bin/build-js.mjs`, run by `make install`.
// The desk's camera check-in gets the barcode-detector polyfill and ZXing's WebAssembly,
// which it loads from our own static files (never from a CDN).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "static", "js", "build");

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, "static", "js", "src", "desk-scan.js")],
  outdir: out,
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  legalComments: "linked",
  logLevel: "warning",
});
const wasm = join(root, "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm");
copyFileSync(wasm, join(out, "zxing_reader.wasm"));
console.log("bin/build-js.mjs: static/js/build/desk-scan.js and zxing_reader.wasm");
