'use strict';
// node:path — the POSIX path functions (`path.posix`, which is also `path` on Linux).
// Behaviour follows node's lib/path.js case by case, quirks included (e.g. `basename('/', 'a')`
// is '/'); tests/conformance/node_path/ compares thousands of generated inputs with node.

const { invalidArgType } = require('internal:errors');

const SLASH = 47; /* '/' */
const DOT = 46; /* '.' */

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

// Resolves '.' and '..' segments and collapses repeated separators; a leading '..' is kept
// only when `allowAboveRoot`. Returns the segments joined by '/', without leading or trailing
// separators.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== SLASH) {
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
  return out.join('/');
}

function resolve(...paths) {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? paths[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) {
      continue;
    }
    resolved = `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) {
    return `/${resolved}`;
  }
  return resolved.length > 0 ? resolved : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) {
    return '.';
  }
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let result = normalizeSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) {
      return '/';
    }
    return trailing ? './' : '.';
  }
  if (trailing) {
    result += '/';
  }
  return absolute ? `/${result}` : result;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function join(...paths) {
  if (paths.length === 0) {
    return '.';
  }
  let joined;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    validateString(path, 'path');
    if (path.length > 0) {
      joined = joined === undefined ? path : `${joined}/${path}`;
    }
  }
  if (joined === undefined) {
    return '.';
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) {
    return '';
  }
  from = resolve(from);
  to = resolve(to);
  if (from === to) {
    return '';
  }
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    common++;
  }
  const parts = [];
  for (let i = common; i < fromParts.length; i++) {
    parts.push('..');
  }
  for (let i = common; i < toParts.length; i++) {
    parts.push(toParts[i]);
  }
  return parts.join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) {
    return '.';
  }
  const hasRoot = path.charCodeAt(0) === SLASH;
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (!inTrailingSlashes) {
        end = i;
        break;
      }
    } else {
      inTrailingSlashes = false;
    }
  }
  if (end === -1) {
    return hasRoot ? '/' : '.';
  }
  if (hasRoot && end === 1) {
    return '//';
  }
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) {
    validateString(suffix, 'suffix');
  }
  validateString(path, 'path');
  let start = 0;
  let end = -1;
  let inTrailingSlashes = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) {
      return '';
    }
    // Match the suffix backwards against the last segment while finding where it starts.
    let suffixIndex = suffix.length - 1;
    let segmentEnd = -1;
    for (let i = path.length - 1; i >= 0; i--) {
      const code = path.charCodeAt(i);
      if (code === SLASH) {
        if (!inTrailingSlashes) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (segmentEnd === -1) {
        inTrailingSlashes = false;
        segmentEnd = i + 1;
      }
      if (suffixIndex >= 0) {
        if (code === suffix.charCodeAt(suffixIndex)) {
          suffixIndex--;
          if (suffixIndex === -1) {
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
  for (let i = path.length - 1; i >= 0; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (!inTrailingSlashes) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      inTrailingSlashes = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// Scans the last segment of path[first..] from the right for its extension. Returns
// { startPart, startDot, end, dotsOnly } where `dotsOnly` tells a name made only of dots
// before the extension dot (which then is no extension).
function scanExtension(path, first) {
  let startDot = -1;
  let startPart = 0;
  let end = -1;
  let inTrailingSlashes = true;
  // 0: nothing before the last dot yet; 1: only dots; -1: some other character.
  let beforeDot = 0;
  for (let i = path.length - 1; i >= first; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (!inTrailingSlashes) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      inTrailingSlashes = false;
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
  const scan = scanExtension(path, 0);
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
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) {
    return result;
  }
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) {
    result.root = '/';
  }
  const scan = scanExtension(path, absolute ? 1 : 0);
  if (scan.end !== -1) {
    const start = scan.startPart === 0 && absolute ? 1 : scan.startPart;
    if (scan.noExtension) {
      result.base = result.name = path.slice(start, scan.end);
    } else {
      result.name = path.slice(start, scan.startDot);
      result.base = path.slice(start, scan.end);
      result.ext = path.slice(scan.startDot, scan.end);
    }
  }
  if (scan.startPart > 0) {
    result.dir = path.slice(0, scan.startPart - 1);
  } else if (absolute) {
    result.dir = '/';
  }
  return result;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  throw new Error('kiln does not implement path.matchesGlob yet');
}

const posix = {
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
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

posix.posix = posix;
posix.win32 = require('internal/path_win32');
posix.win32.posix = posix;

module.exports = posix;
