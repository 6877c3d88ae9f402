// Validates every statement of a JSON array file with xapi-validation (Learning Locker's
// conformance-tested validator). Usage: node validate.js STATEMENTS.json
// Exit 0: all valid; 1: invalid statements (each error printed); 2: usage or unreadable input.
'use strict';
const fs = require('fs');
const path = require('path');

let validate;
try {
  validate = require(path.join(__dirname, 'node_modules', 'xapi-validation')).default;
} catch (e) {
  console.error('xapi-validation is not installed: run `npm ci --prefix tests/xapi/validator` ' +
                '(scripts/install-deps.sh does this)');
  process.exit(2);
}
if (process.argv.length !== 3) {
  console.error('usage: node validate.js STATEMENTS.json');
  process.exit(2);
}
let statements;
try {
  statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
} catch (e) {
  console.error(process.argv[2] + ': ' + e.message);
  process.exit(2);
}
if (!Array.isArray(statements) || statements.length === 0) {
  console.error(process.argv[2] + ': expected a non-empty JSON array of statements');
  process.exit(2);
}
let bad = 0;
statements.forEach((statement, i) => {
  const warnings = validate(statement);
  for (const w of warnings) {
    bad++;
    console.error('statement ' + i + ' (' + statement.id + '): ' + JSON.stringify(w.path) + ': ' +
                  w.constructor.name + ' ' + (w.message || '') + ' ' + JSON.stringify(w.data === undefined ? null : w.data));
  }
});
if (bad > 0) {
  console.error(bad + ' problem(s) in ' + statements.length + ' statements');
  process.exit(1);
}
console.log(statements.length + ' statements valid (xapi-validation)');
