'use strict';
// path.win32: node's Windows path functions, which work on any host. Both '\' and '/'
// separate; a path may start with a drive (`C:`, `C:\`), a UNC root (`\\server\share`), a
// device root (`\\.\` or `\\?\`) or a reserved device name (`CON:`). Behaviour follows node
// v20 case by case, including its CVE fixes that keep a relative path from normalizing into
// an absolute one (`.\C:`); tests/conformance/node_path/win32_generated.js compares thousands of
// generated inputs with node.

const { invalidArgType } = require('internal:errors');

const BACKSLASH = 92; /* '\' */
const SLASH = 47; /* '/' */
const COLON = 58; /* ':' */
const DOT = 46; /* '.' */
const QUESTION = 63; /* '?' */

const RESERVED_NAMES = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
];

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw invalidArgType(name, 'of type string', value);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw invalidArgType(name, 'of type object', value);
  }
}

function isSeparator(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// `C:` at the start of `path`.
function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

// Whether the text before the colon at `colonIndex` names a reserved device (`CON`, `com1`).
function isReservedName(path, colonIndex) {
  return RESERVED_NAMES.includes(path.slice(0, colonIndex).toUpperCase());
}

// Resolves '.' and '..' in `path` (either separator), joining the segments with '\'; '..'
// above the start is kept only when `allowAboveRoot`.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSeparator(path.charCodeAt(i))) {
      continue;
    }
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  return out.join('\\');
}

// Matches `\\server\share` at the start of `path` (which starts with two separators). Returns
// { server, shareStart, shareEnd } or null: the server runs to the next separator, then one
// or more separators, then the share runs to the next separator or the end.
function matchUnc(path) {
  const length = path.length;
  let j = 2;
  while (j < length && !isSeparator(path.charCodeAt(j))) {
    j++;
  }
  if (j >= length || j === 2) {
    return null;
  }
  const server = path.slice(2, j);
  const afterServer = j;
  while (j < length && isSeparator(path.charCodeAt(j))) {
    j++;
  }
  if (j >= length || j === afterServer) {
    return null;
  }
  const shareStart = j;
  while (j < length && !isSeparator(path.charCodeAt(j))) {
    j++;
  }
  return { server, shareStart, shareEnd: j };
}

function resolve(...paths) {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = paths.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = paths[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) {
        continue;
      }
    } else if (resolvedDevice.length === 0) {
      path = process.cwd();
    } else {
      // A drive-relative path: Windows keeps a current directory per drive in `=C:`; without
      // one, the process cwd, unless that is on another drive (then the drive's root).
      path = process.env[`=${resolvedDevice}`] || process.cwd();
      if (
        path === undefined ||
        (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && path.charCodeAt(2) === BACKSLASH)
      ) {
        path = `${resolvedDevice}\\`;
      }
    }

    const length = path.length;
    let rootEnd = 0;
    let device = '';
    let isAbsolute = false;
    const code = path.charCodeAt(0);
    if (length === 1) {
      if (isSeparator(code)) {
        rootEnd = 1;
        isAbsolute = true;
      }
    } else if (isSeparator(code)) {
      isAbsolute = true;
      if (isSeparator(path.charCodeAt(1))) {
        const unc = matchUnc(path);
        if (unc !== null && (unc.shareEnd === length || unc.shareEnd !== unc.shareStart)) {
          if (unc.server === '.' || unc.server === '?') {
            // A device root: \\.\ or \\?\ followed by the device path.
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else if (hasDrive(path)) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (length > 2 && isSeparator(path.charCodeAt(2))) {
        isAbsolute = true;
        rootEnd = 3;
      }
    }

    if (device.length > 0) {
      if (resolvedDevice.length > 0) {
        if (device.toLowerCase() !== resolvedDevice.toLowerCase()) {
          // Another device: this path does not apply.
          continue;
        }
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) {
        break;
      }
    } else {
      resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = isAbsolute;
      if (isAbsolute && resolvedDevice.length > 0) {
        break;
      }
    }
  }
  resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute);
  if (resolvedAbsolute) {
    return `${resolvedDevice}\\${resolvedTail}`;
  }
  return `${resolvedDevice}${resolvedTail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) {
    return '.';
  }
  let rootEnd = 0;
  let device;
  let isAbsolute = false;
  const code = path.charCodeAt(0);
  if (length === 1) {
    return code === SLASH ? '\\' : path;
  }
  if (isSeparator(code)) {
    isAbsolute = true;
    if (isSeparator(path.charCodeAt(1))) {
      const unc = matchUnc(path);
      if (unc !== null && (unc.shareEnd === length || unc.shareEnd !== unc.shareStart)) {
        if (unc.server === '.' || unc.server === '?') {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        } else if (unc.shareEnd === length) {
          // Only a UNC root: nothing else to normalize.
          return `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
        } else {
          device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
          rootEnd = unc.shareEnd;
        }
      }
    } else {
      rootEnd = 1;
    }
  } else {
    const colonIndex = path.indexOf(':');
    if (colonIndex > 0) {
      if (isDriveLetter(code) && colonIndex === 1) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (length > 2 && isSeparator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      } else if (isReservedName(path, colonIndex)) {
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }
  }

  let tail = rootEnd < length ? normalizeSegments(path.slice(rootEnd), !isAbsolute) : '';
  if (tail.length === 0 && !isAbsolute) {
    tail = '.';
  }
  if (tail.length > 0 && isSeparator(path.charCodeAt(length - 1))) {
    tail += '\\';
  }
  if (!isAbsolute && device === undefined && path.includes(':')) {
    // A relative path must not normalize into something Windows reads as a drive or an
    // alternate data stream of one (CVE-2024-36139): such results get a leading `.\`.
    if (hasDrive(tail)) {
      return `.\\${tail}`;
    }
    let index = path.indexOf(':');
    do {
      if (index === length - 1 || isSeparator(path.charCodeAt(index + 1))) {
        return `.\\${tail}`;
      }
    } while ((index = path.indexOf(':', index + 1)) !== -1);
  }
  if (isReservedName(path, path.indexOf(':'))) {
    return `.\\${device ?? ''}${tail}`;
  }
  if (device === undefined) {
    return isAbsolute ? `\\${tail}` : tail;
  }
  return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) {
    return false;
  }
  const code = path.charCodeAt(0);
  return isSeparator(code) || (length > 2 && hasDrive(path) && isSeparator(path.charCodeAt(2)));
}

function join(...paths) {
  if (paths.length === 0) {
    return '.';
  }
  let joined;
  let firstPart;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    validateString(path, 'path');
    if (path.length > 0) {
      if (joined === undefined) {
        joined = firstPart = path;
      } else {
        joined += `\\${path}`;
      }
    }
  }
  if (joined === undefined) {
    return '.';
  }
  // A joined path starting with two separators would read as a UNC root; keep that only when
  // the first part clearly is one (exactly two separators, then a name), else collapse the
  // leading separators into one.
  let needsReplace = true;
  let slashCount = 0;
  if (isSeparator(firstPart.charCodeAt(0))) {
    ++slashCount;
    const firstLength = firstPart.length;
    if (firstLength > 1 && isSeparator(firstPart.charCodeAt(1))) {
      ++slashCount;
      if (firstLength > 2) {
        if (isSeparator(firstPart.charCodeAt(2))) {
          ++slashCount;
        } else {
          needsReplace = false;
        }
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSeparator(joined.charCodeAt(slashCount))) {
      slashCount++;
    }
    if (slashCount >= 2) {
      joined = `\\${joined.slice(slashCount)}`;
    }
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) {
    return '';
  }
  const fromOriginal = resolve(from);
  const toOriginal = resolve(to);
  if (fromOriginal === toOriginal) {
    return '';
  }
  from = fromOriginal.toLowerCase();
  to = toOriginal.toLowerCase();
  if (from === to) {
    return '';
  }
  // Compare without the leading backslashes, and without trailing ones (UNC roots).
  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) {
    fromStart++;
  }
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) {
    fromEnd--;
  }
  const fromLength = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) {
    toStart++;
  }
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) {
    toEnd--;
  }
  const toLength = toEnd - toStart;

  const length = fromLength < toLength ? fromLength : toLength;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const fromCode = from.charCodeAt(fromStart + i);
    if (fromCode !== to.charCodeAt(toStart + i)) {
      break;
    } else if (fromCode === BACKSLASH) {
      lastCommonSep = i;
    }
  }
  if (i !== length) {
    // Different before any common separator: nothing in common (another drive).
    if (lastCommonSep === -1) {
      return toOriginal;
    }
  } else {
    if (toLength > length) {
      if (to.charCodeAt(toStart + i) === BACKSLASH) {
        // `from` is a parent of `to`.
        return toOriginal.slice(toStart + i + 1);
      }
      if (i === 2) {
        // `from` is the drive root.
        return toOriginal.slice(toStart + i);
      }
    }
    if (fromLength > length) {
      if (from.charCodeAt(fromStart + i) === BACKSLASH) {
        // `to` is a parent of `from`.
        lastCommonSep = i;
      } else if (i === 2) {
        // `to` is the drive root.
        lastCommonSep = 3;
      }
    }
    if (lastCommonSep === -1) {
      lastCommonSep = 0;
    }
  }

  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) {
      out += out.length === 0 ? '..' : '\\..';
    }
  }
  toStart += lastCommonSep;
  if (out.length > 0) {
    return `${out}${toOriginal.slice(toStart, toEnd)}`;
  }
  if (toOriginal.charCodeAt(toStart) === BACKSLASH) {
    ++toStart;
  }
  return toOriginal.slice(toStart, toEnd);
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) {
    return path;
  }
  const resolved = resolve(path);
  if (resolved.length <= 2) {
    return path;
  }
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const code = resolved.charCodeAt(2);
      if (code !== QUESTION && code !== DOT) {
        // A UNC path becomes a long UNC path.
        return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    }
  } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
    // A drive path becomes a long path.
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// The end of the root of `path` as dirname and parse see it: `C:`, `C:\`, `\`, or a UNC
// root with the separator after it. Returns -1 without a root; `Infinity` when the whole
// path is a UNC root.
function rootLength(path) {
  const length = path.length;
  const code = path.charCodeAt(0);
  if (isSeparator(code)) {
    if (isSeparator(path.charCodeAt(1))) {
      const unc = matchUnc(path);
      if (unc !== null) {
        if (unc.shareEnd === length) {
          return Infinity;
        }
        if (unc.shareEnd !== unc.shareStart) {
          return unc.shareEnd + 1;
        }
      }
    }
    return 1;
  }
  if (hasDrive(path)) {
    return length > 2 && isSeparator(path.charCodeAt(2)) ? 3 : 2;
  }
  return -1;
}

function dirname(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) {
    return '.';
  }
  if (length === 1) {
    return isSeparator(path.charCodeAt(0)) ? path : '.';
  }
  const rootEnd = rootLength(path);
  if (rootEnd === Infinity) {
    return path;
  }
  const offset = rootEnd === -1 ? 0 : rootEnd;
  let end = -1;
  let inTrailingSeparators = true;
  for (let i = length - 1; i >= offset; i--) {
    if (isSeparator(path.charCodeAt(i))) {
      if (!inTrailingSeparators) {
        end = i;
        break;
      }
    } else {
      inTrailingSeparators = false;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) {
      return '.';
    }
    end = rootEnd;
  }
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) {
    validateString(suffix, 'suffix');
  }
  validateString(path, 'path');
  // A drive prefix is not part of the name (`C:foo` → `foo`).
  let start = hasDrive(path) ? 2 : 0;
  let end = -1;
  let inTrailingSeparators = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) {
      return '';
    }
    // Match the suffix backwards against the last segment while finding where it starts.
    let suffixIndex = suffix.length - 1;
    let segmentEnd = -1;
    for (let i = path.length - 1; i >= start; i--) {
      const code = path.charCodeAt(i);
      if (isSeparator(code)) {
        if (!inTrailingSeparators) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (segmentEnd === -1) {
        inTrailingSeparators = false;
        segmentEnd = i + 1;
      }
      if (suffixIndex >= 0) {
        if (code === suffix.charCodeAt(suffixIndex)) {
          if (--suffixIndex === -1) {
            end = i;
          }
        } else {
          suffixIndex = -1;
          end = segmentEnd;
        }
      }
    }
    if (start === end) {
      end = segmentEnd;
    } else if (end === -1) {
      end = path.length;
    }
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; i--) {
    if (isSeparator(path.charCodeAt(i))) {
      if (!inTrailingSeparators) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      inTrailingSeparators = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// Scans the last segment of path[first..] from the right for its extension, as
// runtime-lib/lib/path.js does, with both separators.
function scanExtension(path, first) {
  let startDot = -1;
  let startPart = first;
  let end = -1;
  let inTrailingSeparators = true;
  // 0: nothing before the last dot yet; 1: only dots; -1: some other character.
  let beforeDot = 0;
  for (let i = path.length - 1; i >= first; i--) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (!inTrailingSeparators) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      inTrailingSeparators = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) {
        startDot = i;
      } else if (beforeDot !== 1) {
        beforeDot = 1;
      }
    } else if (startDot !== -1) {
      beforeDot = -1;
    }
  }
  const noExtension =
    startDot === -1 || end === -1 || beforeDot === 0 || (beforeDot === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, startDot, end, noExtension };
}

function extname(path) {
  validateString(path, 'path');
  const scan = scanExtension(path, hasDrive(path) ? 2 : 0);
  return scan.noExtension ? '' : path.slice(scan.startDot, scan.end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) {
    return base;
  }
  return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  const length = path.length;
  if (length === 0) {
    return result;
  }
  let rootEnd = 0;
  if (length === 1) {
    if (isSeparator(path.charCodeAt(0))) {
      result.root = result.dir = path;
      return result;
    }
  } else {
    const root = rootLength(path);
    if (root === Infinity) {
      rootEnd = length;
    } else if (root !== -1) {
      rootEnd = root;
      // Only a drive (`C:` or `C:\`): root and dir are the path.
      if (hasDrive(path) && rootEnd === length) {
        result.root = result.dir = path;
        return result;
      }
    }
  }
  if (rootEnd > 0) {
    result.root = path.slice(0, rootEnd);
  }
  const scan = scanExtension(path, rootEnd);
  if (scan.end !== -1) {
    if (scan.noExtension) {
      result.base = result.name = path.slice(scan.startPart, scan.end);
    } else {
      result.name = path.slice(scan.startPart, scan.startDot);
      result.base = path.slice(scan.startPart, scan.end);
      result.ext = path.slice(scan.startDot, scan.end);
    }
  }
  // A directory that is the root keeps the root's trailing separator (`C:\abc` → `C:\`).
  if (scan.startPart > 0 && scan.startPart !== rootEnd) {
    result.dir = path.slice(0, scan.startPart - 1);
  } else {
    result.dir = result.root;
  }
  return result;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  throw new Error('kiln does not implement path.matchesGlob yet');
}

const win32 = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

win32.win32 = win32;

module.exports = win32;
