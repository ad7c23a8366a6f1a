// Validates SARIF files against the SARIF 2.1.0 JSON schema.
//
//   NODE_PATH=<dir>/node_modules node .ci/sarif-validate.js SCHEMA FILE...
//
// The schema (draft-04) ships in the npm package @microsoft/jest-sarif
// (lib/schemas/sarif-2.1.0-rtm.5.json); ajv 6 validates it. .ci/drivers.sh
// installs both into a temporary directory.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node sarif-validate.js SCHEMA FILE...');
  process.exit(2);
}
const ajv = new Ajv({ schemaId: 'auto', allErrors: true, jsonPointers: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let bad = 0;
for (const f of files) {
  const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
  if (validate(doc)) {
    console.log(`${f}: valid SARIF 2.1.0 (${doc.runs[0].results.length} results)`);
  } else {
    bad++;
    console.error(`${f}: INVALID`);
    for (const e of validate.errors) console.error(`  ${e.dataPath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(bad ? 1 : 0);
