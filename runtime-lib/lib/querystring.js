'use strict';
// node:querystring as node v20 has it: parse/decode and stringify/encode with custom
// separators, maxKeys and custom (de)coders, escape/unescape/unescapeBuffer. The parser scans
// once, matching the separators code unit by code unit, and decodes a key or value only when
// it saw a `%XX` escape in it (or always with a custom decoder), as node's does; `+` becomes a
// space (or `%20` for a custom decoder to see).

// Characters escape() leaves alone: encodeURIComponent's unreserved set.
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  noEscape[c.charCodeAt(0)] = 1;
}

const hexTable = [];
for (let i = 0; i < 256; i++) {
  hexTable.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());
}

function unhex(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function invalidURI() {
  const error = new URIError('URI malformed');
  error.code = 'ERR_INVALID_URI';
  return error;
}

// Percent-encodes `text` as UTF-8, leaving the characters `table` marks.
function encodeStr(text, table) {
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (table[c] === 1) continue;
      out += text.slice(lastPos, i) + hexTable[c];
      lastPos = i + 1;
      continue;
    }
    out += text.slice(lastPos, i);
    if (c < 0x800) {
      out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    } else {
      // A surrogate pair. As in node, the unit after any surrogate is taken as its low half
      // without checking it; only a surrogate at the very end is an error.
      i++;
      if (i >= text.length) throw invalidURI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      out +=
        hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] + hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    }
    lastPos = i + 1;
  }
  if (lastPos === 0) return text;
  return lastPos < text.length ? out + text.slice(lastPos) : out;
}

// Decodes %XX escapes (and `+` when `decodeSpaces`) into a Buffer, leaving bad escapes as
// they are; each other code unit becomes one byte (its low eight bits).
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  s = `${s}`;
  const out = Buffer.allocUnsafe(s.length);
  let index = 0;
  let outIndex = 0;
  let hasHex = false;
  const maxLength = s.length - 2;
  while (index < s.length) {
    let current = s.charCodeAt(index);
    if (current === 43 && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (current === 37 && index < maxLength) {
      current = s.charCodeAt(++index);
      const high = unhex(current);
      if (high < 0) {
        out[outIndex++] = 37;
        continue;
      }
      const low = unhex(s.charCodeAt(++index));
      if (low < 0) {
        out[outIndex++] = 37;
        index--;
      } else {
        hasHex = true;
        current = high * 16 + low;
      }
    }
    out[outIndex++] = current;
    index++;
  }
  return hasHex ? out.slice(0, outIndex) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  return encodeStr(str, noEscape);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Numbers below 1e21 print without characters that need escaping.
    return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(text) {
  const codes = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const current = obj[key];
    if (current.pop) {
      current[current.length] = value;
    } else {
      obj[key] = [current, value];
    }
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = !sep ? [38] : charCodes(String(sep));
  const eqCodes = !eq ? [61] : charCodes(String(eq));
  const sepLength = sepCodes.length;
  const eqLength = eqCodes.length;

  // -1 stands for no limit: `pairs` only ever counts down to 0.
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;

  let lastPos = 0;
  let sepIndex = 0;
  let eqIndex = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valueEncoded = customDecode;
  const plusChar = customDecode ? '%20' : ' ';
  let encodeCheck = 0;
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepIndex]) {
      if (++sepIndex === sepLength) {
        // A whole pair separator.
        const end = i - sepIndex + 1;
        if (eqIndex < eqLength) {
          // No (whole) key/value separator: the text is all key.
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty piece between separators.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIndex = eqIndex = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        addKeyVal(obj, key, value, keyEncoded, valueEncoded, decode);
        if (--pairs === 0) return obj;
        keyEncoded = valueEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        lastPos = i + 1;
        sepIndex = eqIndex = 0;
      }
      continue;
    }
    sepIndex = 0;
    if (eqIndex < eqLength) {
      if (code === eqCodes[eqIndex]) {
        if (++eqIndex === eqLength) {
          // The key/value separator.
          const end = i - eqIndex + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIndex = 0;
      if (!keyEncoded) {
        // Look for one valid %XX escape, so that only keys that have one are decoded.
        if (code === 37) {
          encodeCheck = 1;
          continue;
        } else if (encodeCheck > 0) {
          if (unhex(code) >= 0) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          }
          encodeCheck = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (unhex(code) >= 0) {
          if (++encodeCheck === 3) valueEncoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }

  // What is left after the last separator.
  if (lastPos < qs.length) {
    if (eqIndex < eqLength) {
      key += qs.slice(lastPos);
    } else if (sepIndex < sepLength) {
      value += qs.slice(lastPos);
    }
  } else if (eqIndex === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const QueryString = (module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
});
