// Node side of the offline tofu checks, run by NodeTools from the directory holding node_modules.
//   node tofu-tools.js hcl <list file: one .tf path per line>   -> {"<path>": {"ok": true, "json": {...}} | {"ok": false, "error": "..."}}
//   node tofu-tools.js asl <json file: {"<name>": <definition>}> -> {"<name>": {"ok": true} | {"ok": false, "errors": "..."}}
"use strict";
const fs = require("fs");
const path = require("path");

async function hcl(listFile) {
  const { parse } = require(path.join(__dirname, "node_modules", "@cdktf", "hcl2json"));
  const files = fs.readFileSync(listFile, "utf8").split("\n").filter((line) => line.length > 0);
  const out = {};
  for (const file of files) {
    try {
      out[file] = { ok: true, json: await parse(file, fs.readFileSync(file, "utf8")) };
    } catch (e) {
      out[file] = { ok: false, error: String(e && e.message ? e.message : e) };
    }
  }
  return out;
}

function asl(definitionsFile) {
  const validator = require(path.join(__dirname, "node_modules", "asl-validator"));
  const definitions = JSON.parse(fs.readFileSync(definitionsFile, "utf8"));
  const out = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const result = validator(definition, { checkArn: true, checkPaths: true });
    out[name] = result.isValid ? { ok: true } : { ok: false, errors: result.errorsText("\n") };
  }
  return out;
}

(async () => {
  const [command, input] = process.argv.slice(2);
  const result = command === "hcl" ? await hcl(input) : command === "asl" ? asl(input) : null;
  if (result === null) {
    process.stderr.write("usage: tofu-tools.js hcl|asl <input file>\n");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(result));
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
