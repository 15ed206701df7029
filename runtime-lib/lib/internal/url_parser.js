'use strict';
// The URL parser of the WHATWG URL Standard (https://url.spec.whatwg.org/), written from the
// standard's state machine: URL records, host parsing (domains through IDNA, IPv4 with its
// numeric forms, IPv6 with compression), the percent-encode sets, serialisation and the
// state overrides the URL setters use. node v20 parses with ada, which follows the same
// standard; where ada differs from today's text (the path percent-encode set without `^`) this
// module follows ada, since node is the oracle.
//
// A URL record is a plain object: { scheme, username, password, host (string or null; IPv6
// hosts serialised with brackets), port (number or null), path (array of segments, or a
// string for an opaque path), query (string or null), fragment (string or null) }.
//
// IDNA is approximated: the UTS #46 mapping is taken as NFKC followed by lower-casing (with
// the ignored code points removed and the ideographic full stops as dots), labels are
// encoded with the Punycode encoder below, and `xn--` labels are checked by decoding them. The
// full UTS #46 tables (disallowed code points, bidi and joiner rules) are not applied.

const specialPorts = { __proto__: null, ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };

function isSpecialScheme(scheme) {
  return scheme in specialPorts;
}

function defaultPort(scheme) {
  return scheme in specialPorts ? specialPorts[scheme] : null;
}

// ------------------------------------------------------------------ code points and UTF-8

function isASCIIDigit(c) {
  return c !== undefined && c >= '0' && c <= '9' && c.length === 1;
}

function isASCIIHexDigit(c) {
  return c !== undefined && c.length === 1 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

function isASCIIAlpha(c) {
  return c !== undefined && c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

function isASCIIAlphanumeric(c) {
  return isASCIIAlpha(c) || isASCIIDigit(c);
}

// The input as a USVString: lone surrogates become U+FFFD.
function toUSVString(text) {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    } else if (!(unit >= 0xdc00 && unit <= 0xdfff)) {
      continue;
    }
    out += text.slice(start, i) + '\ufffd';
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

function utf8Bytes(codePoint) {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
}

// The UTF-8 encoding of a string (lone surrogates as U+FFFD).
function encodeUTF8(text) {
  const bytes = [];
  for (const c of text) {
    let codePoint = c.codePointAt(0);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0xfffd;
    for (const byte of utf8Bytes(codePoint)) bytes.push(byte);
  }
  return bytes;
}

// UTF-8 decode without BOM, each maximal ill-formed subpart as one U+FFFD (Encoding §4.1).
function decodeUTF8(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i];
    if (first < 0x80) {
      out += String.fromCharCode(first);
      i++;
      continue;
    }
    let needed = 0;
    let codePoint = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) {
      needed = 1;
      codePoint = first & 0x1f;
    } else if (first >= 0xe0 && first <= 0xef) {
      if (first === 0xe0) lower = 0xa0;
      if (first === 0xed) upper = 0x9f;
      needed = 2;
      codePoint = first & 0xf;
    } else if (first >= 0xf0 && first <= 0xf4) {
      if (first === 0xf0) lower = 0x90;
      if (first === 0xf4) upper = 0x8f;
      needed = 3;
      codePoint = first & 0x7;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, j++) {
      const byte = bytes[j];
      if (byte === undefined || byte < lower || byte > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(codePoint);
    i = j;
  }
  return out;
}

const hexUpper = '0123456789ABCDEF';

function percentByte(byte) {
  return '%' + hexUpper[byte >> 4] + hexUpper[byte & 0xf];
}

// ------------------------------------------------------------------- percent-encode sets

function inC0ControlSet(c) {
  return c < 0x20 || c > 0x7e;
}

function inFragmentSet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}

function inQuerySet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}

function inSpecialQuerySet(c) {
  return inQuerySet(c) || c === 0x27;
}

function inPathSet(c) {
  return inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}

function inUserinfoSet(c) {
  return inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

function inComponentSet(c) {
  return inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
}

function inFormSet(c) {
  return inComponentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
}

// UTF-8 percent-encodes one code point (a one- or two-unit string) with `set`.
function encodeCodePoint(c, set) {
  const codePoint = c.codePointAt(0);
  if (codePoint < 0x80) {
    return set(codePoint) ? percentByte(codePoint) : c;
  }
  let out = '';
  for (const byte of utf8Bytes(codePoint >= 0xd800 && codePoint <= 0xdfff ? 0xfffd : codePoint)) {
    out += percentByte(byte);
  }
  return out;
}

// UTF-8 percent-encodes a string with `set`; `spaceAsPlus` for application/x-www-form-urlencoded.
function percentEncodeString(text, set, spaceAsPlus = false) {
  let out = '';
  for (const c of text) {
    if (spaceAsPlus && c === ' ') {
      out += '+';
    } else {
      out += encodeCodePoint(c, set);
    }
  }
  return out;
}

// Percent-decodes the bytes of a string (URL §1.3): the result is a byte array.
function percentDecodeBytes(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x25 && i + 2 < bytes.length && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(byte);
    }
  }
  return out;
}

function isHexByte(byte) {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

// The string percent-decode: UTF-8 encode, percent-decode, UTF-8 decode.
function percentDecodeString(text) {
  return decodeUTF8(percentDecodeBytes(encodeUTF8(text)));
}

// ---------------------------------------------------------------------------- Punycode

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? 0x61 + d : 0x16 + d);
}

// RFC 3492 encoding of a label's code points; null on overflow.
function punycodeEncode(input) {
  const codePoints = Array.from(input, (c) => c.codePointAt(0));
  let output = '';
  for (const codePoint of codePoints) {
    if (codePoint < 0x80) output += String.fromCharCode(codePoint);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < codePoints.length) {
    let m = 0x7fffffff;
    for (const codePoint of codePoints) {
      if (codePoint >= n && codePoint < m) m = codePoint;
    }
    delta += (m - n) * (handled + 1);
    if (delta > 0x7fffffff) return null;
    n = m;
    for (const codePoint of codePoints) {
      if (codePoint < n) delta++;
      if (codePoint === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          output += digitChar(t + ((q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

function basicDigit(code) {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return base;
}

// RFC 3492 decoding; null when the input is not valid Punycode.
function punycodeDecode(input) {
  const output = [];
  let basicEnd = input.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = basicDigit(input.charCodeAt(index++));
      if (digit >= base) return null;
      if (digit > Math.floor((0x7fffffff - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      if (w > Math.floor(0x7fffffff / (base - t))) return null;
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    if (Math.floor(i / length) > 0x7fffffff - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

// ------------------------------------------------------------------------------- IDNA

function isIgnoredCodePoint(codePoint) {
  return (
    codePoint === 0xad ||
    codePoint === 0x34f ||
    (codePoint >= 0x180b && codePoint <= 0x180d) ||
    codePoint === 0x180f ||
    codePoint === 0x200b ||
    codePoint === 0x2060 ||
    codePoint === 0x2064 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

// The UTS #46 mapping step, approximated (see the header).
function idnaMap(domain) {
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    if (domain.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return domain.toLowerCase();
  let kept = '';
  for (const c of domain) {
    const codePoint = c.codePointAt(0);
    if (isIgnoredCodePoint(codePoint)) continue;
    if (codePoint === 0x3002 || codePoint === 0xff0e || codePoint === 0xff61) {
      kept += '.';
      continue;
    }
    kept += c;
  }
  return kept.normalize('NFKC').toLowerCase().normalize('NFC');
}

function isASCIIString(text) {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) return false;
  }
  return true;
}

// Code points UTS #46 disallows whatever the options: controls, surrogates, noncharacters and
// the replacement character among the ones this approximation can see.
function isDisallowedCodePoint(codePoint) {
  return (
    (codePoint >= 0x80 && codePoint <= 0x9f) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe ||
    codePoint === 0xfffd ||
    codePoint === 0xfffc ||
    (codePoint >= 0xe000 && codePoint <= 0xf8ff) ||
    codePoint >= 0xf0000
  );
}

// UTS #46 ToASCII with node's options (no STD3 rules, no hyphen checks, no DNS length
// checks); null on failure.
function domainToASCIIInternal(domain) {
  const mapped = idnaMap(domain);
  const labels = mapped.split('.');
  const out = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (!isASCIIString(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || isASCIIString(decoded)) return null;
      if (decoded !== idnaMap(decoded)) return null;
      for (const c of decoded) {
        if (isDisallowedCodePoint(c.codePointAt(0))) return null;
      }
      out.push(label);
      continue;
    }
    if (isASCIIString(label)) {
      out.push(label);
      continue;
    }
    for (const c of label) {
      if (isDisallowedCodePoint(c.codePointAt(0))) return null;
    }
    const encoded = punycodeEncode(label);
    if (encoded === null) return null;
    out.push('xn--' + encoded);
  }
  return out.join('.');
}

// UTS #46 ToUnicode; null when a label fails to decode.
function domainToUnicodeInternal(domain) {
  const labels = idnaMap(domain).split('.');
  const out = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (!isASCIIString(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || isASCIIString(decoded)) return null;
      out.push(decoded);
    } else {
      out.push(label);
    }
  }
  return out.join('.');
}

// ------------------------------------------------------------------------------ hosts

function isForbiddenHostCodePoint(c) {
  return (
    c === 0 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x20 ||
    c === 0x23 ||
    c === 0x2f ||
    c === 0x3a ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x3f ||
    c === 0x40 ||
    c === 0x5b ||
    c === 0x5c ||
    c === 0x5d ||
    c === 0x5e ||
    c === 0x7c
  );
}

function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || c <= 0x1f || c === 0x25 || c === 0x7f;
}

// The host parser (URL §3.5); the serialised host or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = percentDecodeString(input);
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === null || asciiDomain === '') return null;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCodePoint(asciiDomain.charCodeAt(i))) return null;
  }
  if (endsInANumber(asciiDomain)) {
    const address = parseIPv4(asciiDomain);
    return address === null ? null : serializeIPv4(address);
  }
  return asciiDomain;
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    if (isForbiddenHostCodePoint(input.charCodeAt(i))) return null;
  }
  return percentEncodeString(input, inC0ControlSet);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== null;
}

// The IPv4 number parser: a number or null.
function parseIPv4Number(input) {
  if (input === '') return null;
  let radix = 10;
  if (input.length >= 2 && (input.startsWith('0x') || input.startsWith('0X'))) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const pattern = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!pattern.test(input)) return null;
  return parseInt(input, radix);
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const number = parseIPv4Number(part);
    if (number === null) return null;
    numbers.push(number);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) {
    ipv4 += numbers[i] * 256 ** (3 - i);
  }
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  let n = address;
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

// The IPv6 parser: eight pieces or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const at = (i) => input[i];
  if (at(pointer) === ':') {
    if (at(pointer + 1) !== ':') return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== undefined) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === ':') {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isASCIIHexDigit(at(pointer))) {
      value = value * 0x10 + parseInt(at(pointer), 16);
      pointer++;
      length++;
    }
    if (at(pointer) === '.') {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(pointer) !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === '.' && numbersSeen < 4) {
            pointer++;
          } else {
            return null;
          }
        }
        if (!isASCIIDigit(at(pointer))) return null;
        while (isASCIIDigit(at(pointer))) {
          const number = parseInt(at(pointer), 10);
          if (ipv4Piece === null) {
            ipv4Piece = number;
          } else if (ipv4Piece === 0) {
            return null;
          } else {
            ipv4Piece = ipv4Piece * 10 + number;
          }
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === ':') {
      pointer++;
      if (at(pointer) === undefined) return null;
    } else if (at(pointer) !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const other = compress + swaps - 1;
      const temp = address[pieceIndex];
      address[pieceIndex] = address[other];
      address[other] = temp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = null;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestLength = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// ------------------------------------------------------------------------------ parser

const State = {
  SchemeStart: 1,
  Scheme: 2,
  NoScheme: 3,
  SpecialRelativeOrAuthority: 4,
  PathOrAuthority: 5,
  Relative: 6,
  RelativeSlash: 7,
  SpecialAuthoritySlashes: 8,
  SpecialAuthorityIgnoreSlashes: 9,
  Authority: 10,
  Host: 11,
  Hostname: 12,
  Port: 13,
  File: 14,
  FileSlash: 15,
  FileHost: 16,
  PathStart: 17,
  Path: 18,
  OpaquePath: 19,
  Query: 20,
  Fragment: 21,
};

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function isWindowsDriveLetter(text) {
  return text.length === 2 && isASCIIAlpha(text[0]) && (text[1] === ':' || text[1] === '|');
}

function isNormalizedWindowsDriveLetter(text) {
  return text.length === 2 && isASCIIAlpha(text[0]) && text[1] === ':';
}

// Whether the code points from `pointer` start with a Windows drive letter (URL §4.2).
function startsWithWindowsDriveLetter(codePoints, pointer) {
  if (codePoints.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(codePoints[pointer] + codePoints[pointer + 1])) return false;
  if (codePoints.length - pointer === 2) return true;
  const third = codePoints[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

function isSingleDot(segment) {
  return segment === '.' || segment.toLowerCase() === '%2e';
}

function isDoubleDot(segment) {
  switch (segment.toLowerCase()) {
    case '..':
    case '.%2e':
    case '%2e.':
    case '%2e%2e':
      return true;
    default:
      return false;
  }
}

function isC0OrSpace(code) {
  return code <= 0x20;
}

// The basic URL parser (URL §4.4). Without `url` it parses `input` (against `baseURL`, a record
// or null) and returns a new record or null. With `url` and `stateOverride` it modifies `url`
// as a setter does and returns true, or false when the input was rejected.
function basicParse(input, baseURL, url, stateOverride) {
  if (!url) {
    url = newRecord();
    let start = 0;
    let end = input.length;
    while (start < end && isC0OrSpace(input.charCodeAt(start))) start++;
    while (end > start && isC0OrSpace(input.charCodeAt(end - 1))) end--;
    input = input.slice(start, end);
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || State.SchemeStart;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const codePoints = Array.from(input);
  const FAILURE = null;
  const overridden = stateOverride !== undefined;
  for (let pointer = 0; pointer <= codePoints.length; pointer++) {
    const c = codePoints[pointer];
    switch (state) {
      case State.SchemeStart:
        if (isASCIIAlpha(c)) {
          buffer += c.toLowerCase();
          state = State.Scheme;
        } else if (!overridden) {
          state = State.NoScheme;
          pointer--;
        } else {
          return false;
        }
        break;
      case State.Scheme:
        if (isASCIIAlphanumeric(c) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (overridden) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          if (overridden) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = State.File;
          } else if (isSpecialScheme(url.scheme) && baseURL && baseURL.scheme === url.scheme) {
            state = State.SpecialRelativeOrAuthority;
          } else if (isSpecialScheme(url.scheme)) {
            state = State.SpecialAuthoritySlashes;
          } else if (codePoints[pointer + 1] === '/') {
            state = State.PathOrAuthority;
            pointer++;
          } else {
            url.path = '';
            state = State.OpaquePath;
          }
        } else if (!overridden) {
          buffer = '';
          state = State.NoScheme;
          pointer = -1;
        } else {
          return false;
        }
        break;
      case State.NoScheme:
        if (!baseURL || (hasOpaquePath(baseURL) && c !== '#')) {
          return FAILURE;
        } else if (hasOpaquePath(baseURL) && c === '#') {
          url.scheme = baseURL.scheme;
          url.path = baseURL.path;
          url.query = baseURL.query;
          url.fragment = '';
          state = State.Fragment;
        } else if (baseURL.scheme !== 'file') {
          state = State.Relative;
          pointer--;
        } else {
          state = State.File;
          pointer--;
        }
        break;
      case State.SpecialRelativeOrAuthority:
        if (c === '/' && codePoints[pointer + 1] === '/') {
          state = State.SpecialAuthorityIgnoreSlashes;
          pointer++;
        } else {
          state = State.Relative;
          pointer--;
        }
        break;
      case State.PathOrAuthority:
        if (c === '/') {
          state = State.Authority;
        } else {
          state = State.Path;
          pointer--;
        }
        break;
      case State.Relative:
        url.scheme = baseURL.scheme;
        if (c === '/') {
          state = State.RelativeSlash;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = State.RelativeSlash;
        } else {
          url.username = baseURL.username;
          url.password = baseURL.password;
          url.host = baseURL.host;
          url.port = baseURL.port;
          url.path = baseURL.path.slice();
          url.query = baseURL.query;
          if (c === '?') {
            url.query = '';
            state = State.Query;
          } else if (c === '#') {
            url.fragment = '';
            state = State.Fragment;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = State.Path;
            pointer--;
          }
        }
        break;
      case State.RelativeSlash:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = State.SpecialAuthorityIgnoreSlashes;
        } else if (c === '/') {
          state = State.Authority;
        } else {
          url.username = baseURL.username;
          url.password = baseURL.password;
          url.host = baseURL.host;
          url.port = baseURL.port;
          state = State.Path;
          pointer--;
        }
        break;
      case State.SpecialAuthoritySlashes:
        if (c === '/' && codePoints[pointer + 1] === '/') {
          state = State.SpecialAuthorityIgnoreSlashes;
          pointer++;
        } else {
          state = State.SpecialAuthorityIgnoreSlashes;
          pointer--;
        }
        break;
      case State.SpecialAuthorityIgnoreSlashes:
        if (c !== '/' && c !== '\\') {
          state = State.Authority;
          pointer--;
        }
        break;
      case State.Authority:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const codePoint of buffer) {
            if (codePoint === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(codePoint, inUserinfoSet);
            if (passwordTokenSeen) {
              url.password += encoded;
            } else {
              url.username += encoded;
            }
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = State.Host;
        } else {
          buffer += c;
        }
        break;
      case State.Host:
      case State.Hostname:
        if (overridden && url.scheme === 'file') {
          pointer--;
          state = State.FileHost;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return overridden ? false : FAILURE;
          if (stateOverride === State.Hostname) return false;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return overridden ? false : FAILURE;
          url.host = host;
          buffer = '';
          state = State.Port;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') {
            return overridden ? false : FAILURE;
          } else if (overridden && buffer === '' && (includesCredentials(url) || url.port !== null)) {
            return false;
          } else if (overridden && buffer === '' && url.host === null) {
            // ada (node's parser) gives a host-less non-special URL an empty host only when
            // its path would otherwise need the `/.` prefix.
            if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') url.host = '';
            return true;
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return overridden ? false : FAILURE;
          url.host = host;
          buffer = '';
          state = State.PathStart;
          if (overridden) return true;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case State.Port:
        if (isASCIIDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\') || overridden) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return overridden ? false : FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (overridden) return true;
          state = State.PathStart;
          pointer--;
        } else {
          return overridden ? false : FAILURE;
        }
        break;
      case State.File:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = State.FileSlash;
        } else if (baseURL && baseURL.scheme === 'file') {
          url.host = baseURL.host;
          url.path = baseURL.path.slice();
          url.query = baseURL.query;
          if (c === '?') {
            url.query = '';
            state = State.Query;
          } else if (c === '#') {
            url.fragment = '';
            state = State.Fragment;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(codePoints, pointer)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = State.Path;
            pointer--;
          }
        } else {
          state = State.Path;
          pointer--;
        }
        break;
      case State.FileSlash:
        if (c === '/' || c === '\\') {
          state = State.FileHost;
        } else {
          if (baseURL && baseURL.scheme === 'file') {
            url.host = baseURL.host;
            if (!startsWithWindowsDriveLetter(codePoints, pointer) && baseURL.path.length > 0 && isNormalizedWindowsDriveLetter(baseURL.path[0])) {
              url.path.push(baseURL.path[0]);
            }
          }
          state = State.Path;
          pointer--;
        }
        break;
      case State.FileHost:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!overridden && isWindowsDriveLetter(buffer)) {
            state = State.Path;
          } else if (buffer === '') {
            url.host = '';
            if (overridden) return true;
            state = State.PathStart;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return overridden ? false : FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (overridden) return true;
            buffer = '';
            state = State.PathStart;
          }
        } else {
          buffer += c;
        }
        break;
      case State.PathStart:
        if (isSpecialScheme(url.scheme)) {
          state = State.Path;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!overridden && c === '?') {
          url.query = '';
          state = State.Query;
        } else if (!overridden && c === '#') {
          url.fragment = '';
          state = State.Fragment;
        } else if (c !== undefined) {
          state = State.Path;
          if (c !== '/') pointer--;
        } else if (overridden && url.host === null) {
          url.path.push('');
        }
        break;
      case State.Path: {
        const special = isSpecialScheme(url.scheme);
        if (c === undefined || c === '/' || (special && c === '\\') || (!overridden && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            // ada (node's parser) leaves a non-special URL's path empty when a final `..` had
            // nothing to remove, where the standard would make it `/`.
            const hadNothing = url.path.length === 0;
            shortenPath(url);
            if (!slash && !(hadNothing && !special)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = State.Query;
          }
          if (c === '#') {
            url.fragment = '';
            state = State.Fragment;
          }
        } else {
          buffer += encodeCodePoint(c, inPathSet);
        }
        break;
      }
      case State.OpaquePath:
        if (c === '?') {
          url.query = '';
          state = State.Query;
        } else if (c === '#') {
          url.fragment = '';
          state = State.Fragment;
        } else if (c !== undefined) {
          url.path += encodeCodePoint(c, inC0ControlSet);
        }
        break;
      case State.Query:
        if ((!overridden && c === '#') || c === undefined) {
          const set = isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet;
          url.query += percentEncodeString(buffer, set);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = State.Fragment;
          }
        } else {
          buffer += c;
        }
        break;
      case State.Fragment:
        if (c !== undefined) {
          url.fragment += encodeCodePoint(c, inFragmentSet);
        }
        break;
      default:
        throw new Error(`kiln: URL parser reached an unknown state ${state}`);
    }
  }
  return overridden ? true : url;
}

// The URL serializer (URL §4.5).
function serializeURL(url, excludeFragment = false) {
  let output = url.scheme + ':';
  if (url.host !== null) {
    output += '//';
    if (includesCredentials(url)) {
      output += url.username;
      if (url.password !== '') output += ':' + url.password;
      output += '@';
    }
    output += url.host;
    if (url.port !== null) output += ':' + url.port;
  }
  if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    output += '/.';
  }
  output += serializePath(url);
  if (url.query !== null) output += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
  return output;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let output = '';
  for (const segment of url.path) output += '/' + segment;
  return output;
}

// The serialisation of a URL's origin (URL §4.7 and HTML's origin serialisation).
function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
    default:
      return 'null';
  }
}

// The opaque path's trailing spaces go when neither query nor fragment follows it.
function stripTrailingSpacesFromOpaquePath(url) {
  if (!hasOpaquePath(url) || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// -------------------------------------------------- application/x-www-form-urlencoded

// Parses a query string into [name, value] pairs (URL §5.1).
function parseUrlencoded(input) {
  const out = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const index = sequence.indexOf('=');
    let name = index < 0 ? sequence : sequence.slice(0, index);
    let value = index < 0 ? '' : sequence.slice(index + 1);
    name = name.replace(/\+/g, ' ');
    value = value.replace(/\+/g, ' ');
    out.push([percentDecodeString(name), percentDecodeString(value)]);
  }
  return out;
}

// Serialises [name, value] pairs (URL §5.2).
function serializeUrlencoded(pairs) {
  let output = '';
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0) output += '&';
    output += percentEncodeString(pairs[i][0], inFormSet, true) + '=' + percentEncodeString(pairs[i][1], inFormSet, true);
  }
  return output;
}

module.exports = {
  State,
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  serializeIPv6,
  parseIPv6,
  parseHost,
  hasOpaquePath,
  includesCredentials,
  cannotHaveUsernamePasswordPort,
  stripTrailingSpacesFromOpaquePath,
  isSpecialScheme,
  defaultPort,
  toUSVString,
  percentEncodeString,
  percentDecodeString,
  encodeUTF8,
  decodeUTF8,
  inUserinfoSet,
  inPathSet,
  inC0ControlSet,
  parseUrlencoded,
  serializeUrlencoded,
  punycodeEncode,
  punycodeDecode,
  domainToASCIIInternal,
  domainToUnicodeInternal,
};
