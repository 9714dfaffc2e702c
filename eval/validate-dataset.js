// Checks a labeled evaluation dataset (JSONL) against the conventions in eval/README.md and prints its composition.
// Usage: node eval/validate-dataset.js eval/datasets/service-requests.jsonl
'use strict';
const fs = require('fs');

const CHANNELS = ['voicemail', 'email', 'sms', 'web'];
const ISSUE_TYPES = ['plumbing', 'hvac', 'electrical', 'appliance'];
const URGENCIES = ['emergency', 'urgent', 'routine'];
const TOP_KEYS = ['id', 'channel', 'text', 'received_at', 'expected'];
const EXPECTED_KEYS = ['is_service_request', 'issue_type', 'urgency', 'customer_name', 'phone', 'email',
  'address', 'preferred_time'];
const COPIED_FIELDS = ['customer_name', 'address', 'preferred_time'];
const DIGIT_WORDS = { zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', for: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9' };

/** The text's digit stream, with spoken digits ("six one four", "oh", "double five", "triple five") turned into digits. */
function digitStream(text) {
  const tokens = text.toLowerCase().match(/[a-z]+|\d/g) || [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const repeat = t === 'double' ? 2 : t === 'triple' ? 3 : 0;
    if (repeat && i + 1 < tokens.length && DIGIT_WORDS[tokens[i + 1]]) {
      out += DIGIT_WORDS[tokens[++i]].repeat(repeat);
    } else if (/^\d$/.test(t)) {
      out += t;
    } else if (DIGIT_WORDS[t] !== undefined) {
      out += DIGIT_WORDS[t];
    } else {
      out += ' ';
    }
  }
  return out.replace(/ +/g, ' ').replace(/(\d) (?=\d)/g, '$1');
}

const file = process.argv[2] || 'eval/datasets/service-requests.jsonl';
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const errors = [];
const ids = new Set();
const count = (map, key) => { map[key] = (map[key] || 0) + 1; };
const byChannel = {}, byType = {}, byUrgency = {}, byService = {}, filled = {}, typeByUrgency = {};

lines.forEach((line, index) => {
  const where = `line ${index + 1}`;
  let row;
  try { row = JSON.parse(line); } catch (e) { errors.push(`${where}: not JSON (${e.message})`); return; }
  const fail = (msg) => errors.push(`${where} (${row.id}): ${msg}`);
  if (JSON.stringify(Object.keys(row)) !== JSON.stringify(TOP_KEYS)) fail(`keys ${Object.keys(row)}`);
  if (typeof row.id !== 'string' || !row.id) fail('id missing');
  if (ids.has(row.id)) fail('duplicate id');
  ids.add(row.id);
  if (!CHANNELS.includes(row.channel)) fail(`channel ${row.channel}`);
  if (typeof row.text !== 'string' || row.text.trim().length < 2) fail('text empty');
  if (!/^2026-\d\d-\d\dT\d\d:\d\d:\d\d-05:00$/.test(row.received_at) || isNaN(Date.parse(row.received_at))) {
    fail(`received_at ${row.received_at}`);
  }
  const x = row.expected || {};
  if (JSON.stringify(Object.keys(x)) !== JSON.stringify(EXPECTED_KEYS)) fail(`expected keys ${Object.keys(x)}`);
  if (typeof x.is_service_request !== 'boolean') fail('is_service_request not boolean');
  if (x.is_service_request) {
    if (!ISSUE_TYPES.includes(x.issue_type)) fail(`issue_type ${x.issue_type}`);
    if (!URGENCIES.includes(x.urgency)) fail(`urgency ${x.urgency}`);
  } else {
    for (const k of EXPECTED_KEYS.slice(1)) if (x[k] !== null) fail(`non-service request with ${k}=${x[k]}`);
  }
  if (x.phone !== null) {
    if (!/^\+[1-9]\d{7,14}$/.test(x.phone) || (x.phone.startsWith('+1') && !/^\+1\d{10}$/.test(x.phone))) {
      fail(`phone not E.164 ${x.phone}`);
    }
    const national = x.phone.startsWith('+1') ? x.phone.slice(2) : x.phone.slice(1);
    if (!digitStream(row.text).includes(national)) fail(`phone ${x.phone} not found in text`);
  }
  if (x.email !== null) {
    if (x.email !== x.email.toLowerCase() || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(x.email)) fail(`email ${x.email}`);
    if (!row.text.toLowerCase().includes(x.email)) fail(`email ${x.email} not in text`);
  }
  for (const k of COPIED_FIELDS) {
    const v = x[k];
    if (v === null) continue;
    if (typeof v !== 'string' || v !== v.trim() || /^[\s.,;:!?()"'-]|[\s,;:!?()"'-]$/.test(v)) fail(`${k} untrimmed "${v}"`);
    if (!row.text.includes(v)) fail(`${k} "${v}" not copied from text`);
    if (v.includes('\n')) fail(`${k} spans lines`);
  }
  count(byChannel, row.channel);
  count(byService, x.is_service_request ? 'service' : 'not a service request');
  if (x.is_service_request) {
    count(byType, x.issue_type);
    count(byUrgency, x.urgency);
    count(typeByUrgency, `${x.issue_type}/${x.urgency}`);
  }
  for (const k of EXPECTED_KEYS.slice(3)) if (x[k] !== null) count(filled, k);
});

const pct = (n) => `${n} (${(100 * n / lines.length).toFixed(1)}%)`;
const show = (title, map) => console.log(title + ': ' + Object.entries(map).map(([k, v]) => `${k} ${pct(v)}`).join(', '));
console.log(`${file}: ${lines.length} lines, ${ids.size} unique ids`);
show('channel', byChannel);
show('service', byService);
show('issue_type', byType);
show('urgency', byUrgency);
show('issue_type/urgency', typeByUrgency);
show('labeled (non-null) fields', filled);
if (errors.length) {
  errors.forEach((e) => console.error('ERROR ' + e));
  process.exit(1);
}
console.log('OK');
