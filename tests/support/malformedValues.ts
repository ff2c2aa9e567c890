// The bad values the malformed-request generator (malformed.ts) draws from: inherited property names, bad
// ids, broken percent-escapes, junk query values and numbers, malformed JSON, bodies of the wrong shape and
// content types a route does not take.
export const INHERITED = [
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
]
export const BAD_IDS = [
  'x',
  '1',
  '-1',
  '1e20',
  'null',
  'undefined',
  '00000000-0000-0000-0000-00000000000g',
  '%20',
  'x'.repeat(3000),
  '..%2F..%2Fetc%2Fpasswd',
  '%E6%96%87%E7%AB%A0',
  "1'%20OR%20'1'='1",
]
export const BAD_ENCODINGS = ['%ff', '%00', '%E4%B8', '%', '%zz', '%C0%AF']
export const JUNK_VALUES = [
  'x',
  'x,y',
  '',
  'null',
  '1e400',
  '-1',
  'true',
  '2026-13-45',
  '%00',
  '%ff',
  '[]',
  '{}',
  'NaN',
  'a%20b%20c',
  '%E2%80%AE',
  '\u{1F600}',
]
export const BAD_NUMBERS = [
  '1e20',
  '-1',
  '1.5',
  '0',
  'NaN',
  'Infinity',
  'abc',
  '',
  '9007199254740993',
  '-0',
  '0x10',
  '1e-7',
  '99999999999999999999999',
]
export const BAD_JSON = [
  '{',
  '{"a":',
  '[',
  'nul',
  '{"a":1}}',
  '\u0000',
  '{"a":"\\ud800"}',
  "{'a':1}",
  '{"a":1,}',
  '"',
  '1e999999',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
]
export const SCALAR_BODIES = [
  'null',
  '[]',
  '[null]',
  '1',
  '"x"',
  'true',
  '{}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
]
export const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/json; charset=gbk',
  'application/xml',
  'x/y',
  '',
]
