'use strict';
// The multi-step fs operations node writes in JavaScript — recursive rm (rimraf), cp,
// realpath (the JS algorithm, not realpath(3)) and recursive readdir — each written once as a
// generator that yields the system calls it needs, `[name, ...args]`. runSync() performs them
// with the binding's synchronous calls (the *Sync API); runCallback() performs them through the
// event loop and calls back when done (the callback and promise APIs). The steps and the errors
// follow node's lib/internal/fs/{rimraf,cp/cp-sync,utils}.js and lib/fs.js.

const pathModule = require('path');
const {
  binding, systemError, isFileType, Dirent, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG,
} = require('internal/fs/utils');
const { nodeError } = require('internal:errors');

const { S_IFCHR, S_IFBLK, S_IFSOCK, S_IFIFO } = binding.constants;
const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

// ------------------------------------------------------------------------------------------
// Drivers

// The synchronous meaning of each step.
const syncSteps = {
  exists(path) {
    try {
      binding.access(path, 0);
      return true;
    } catch {
      return false;
    }
  },
  isDirectory(path) {
    try {
      const stats = binding.stat(path, false);
      return stats !== undefined && isFileType(stats, S_IFDIR);
    } catch {
      return false;
    }
  },
  filter(filter, src, dest) {
    const result = filter(src, dest);
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      const type = result.constructor && result.constructor.name
        ? `an instance of ${result.constructor.name}` : `type ${typeof result}`;
      throw nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
        `Expected boolean to be returned from the "filter" function but got ${type}.`);
    }
    return result;
  },
  sleep(ms) {
    binding.sleep(ms);
  },
};

// Runs a step generator with synchronous calls; returns its result or throws its error.
function runSync(generator) {
  let step = generator.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    try {
      result = name in syncSteps ? syncSteps[name](...args) : binding[name](...args);
    } catch (error) {
      step = generator.throw(error);
      continue;
    }
    step = generator.next(result);
  }
  return step.value;
}

// Performs one step through the event loop; `done(failed, value)` runs later, never now.
function performAsync(name, args, done) {
  const settle = (error, value) => {
    if (error) {
      done(true, error);
    } else {
      done(false, value);
    }
  };
  switch (name) {
    case 'exists':
      binding.access(args[0], 0, (error) => done(false, !error));
      return;
    case 'isDirectory':
      binding.stat(args[0], false, (error, stats) => {
        done(false, !error && stats !== undefined && isFileType(stats, S_IFDIR));
      });
      return;
    case 'filter': {
      let result;
      try {
        result = args[0](args[1], args[2]);
      } catch (error) {
        process.nextTick(done, true, error);
        return;
      }
      Promise.resolve(result).then(
        (value) => process.nextTick(done, false, value),
        (error) => process.nextTick(done, true, error));
      return;
    }
    case 'sleep':
      setTimeout(done, args[0], false, undefined);
      return;
    default:
      binding[name](...args, settle);
  }
}

// Runs a step generator through the event loop and calls `callback(error)` or
// `callback(null, result)` when it ends (never synchronously).
function runCallback(generator, callback) {
  let synchronous = true;
  const finish = (error, value) => {
    const args = error === undefined ? [null, value] : [error];
    if (synchronous) {
      process.nextTick(callback, ...args);
    } else {
      callback(...args);
    }
  };
  const advance = (failed, value) => {
    let step;
    try {
      step = failed ? generator.throw(value) : generator.next(value);
    } catch (error) {
      finish(error);
      return;
    }
    if (step.done) {
      finish(undefined, step.value);
      return;
    }
    const [name, ...args] = step.value;
    performAsync(name, args, advance);
  };
  advance(false, undefined);
  synchronous = false;
}

// Runs a step generator through the event loop; a promise of its result.
function runPromise(generator) {
  return new Promise((resolve, reject) => {
    runCallback(generator, (error, value) => (error ? reject(error) : resolve(value)));
  });
}

// ------------------------------------------------------------------------------------------
// rm -r (rimraf)

const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

// rm's check of the target (node's validateRmOptions after the option checks): a directory
// needs `recursive`; a missing path is an error unless `force`. Returns false when
// `expectDir` and the path is not a directory.
function* checkRmTarget(path, options, expectDir) {
  if (!options.force || expectDir || !options.recursive) {
    const stats = yield ['lstat', path, !options.force];
    const isDirectory = stats !== undefined && isFileType(stats, S_IFDIR);
    if (expectDir && !isDirectory) {
      return false;
    }
    if (isDirectory && !options.recursive) {
      throw systemError('ERR_FS_EISDIR', {
        code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: EISDIR,
      });
    }
  }
  return true;
}

function* rm(path, options) {
  if (yield* checkRmTarget(path, options, false)) {
    yield* rimraf(path, options);
  }
}

function* rimraf(path, options) {
  let stats;
  try {
    stats = yield ['lstat', path, true];
  } catch (error) {
    if (error.code === 'ENOENT') {
      return;
    }
  }
  try {
    if (stats !== undefined && isFileType(stats, S_IFDIR)) {
      yield* removeDirectory(path, options, null);
    } else {
      yield* retrying(['unlink', path], options);
    }
  } catch (error) {
    if (error.code === 'ENOENT') {
      return;
    }
    if (error.code === 'EPERM') {
      yield* removeDirectory(path, options, error);
      return;
    }
    if (error.code !== 'EISDIR') {
      throw error;
    }
    yield* removeDirectory(path, options, error);
  }
}

// A step retried `maxRetries` times (after `i * retryDelay` ms) on transient errors; a
// missing path counts as done.
function* retrying(step, options) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      return yield step;
    } catch (error) {
      if (retryErrorCodes.has(error.code) && i < tries && options.retryDelay > 0) {
        yield ['sleep', i * options.retryDelay];
      } else if (error.code === 'ENOENT') {
        return undefined;
      } else if (i === tries) {
        throw error;
      }
    }
  }
  return undefined;
}

function* removeDirectory(path, options, originalError) {
  try {
    yield ['rmdir', path];
  } catch (error) {
    if (error.code === 'ENOENT') {
      return;
    }
    if (error.code === 'ENOTDIR') {
      throw originalError || error;
    }
    if (notEmptyErrorCodes.has(error.code)) {
      const children = yield ['readdir', path, false, 'utf8'];
      for (const child of children) {
        yield* rimraf(`${path}/${child}`, options);
      }
      yield* retrying(['rmdir', path], options);
      return;
    }
    throw originalError || error;
  }
}

// ------------------------------------------------------------------------------------------
// cp

function cpError(key, message, path, errno, code) {
  return systemError(key, { message, path, syscall: 'cp', errno, code });
}

function isDirectory(stats) {
  return isFileType(stats, S_IFDIR);
}

function areIdentical(srcStat, destStat) {
  return Boolean(destStat[7] && destStat[0] && destStat[7] === srcStat[7] && destStat[0] === srcStat[0]);
}

function isSrcSubdir(src, dest) {
  const srcParts = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destParts = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

// `isAsync` selects the callback / promise flavour, whose "is a directory" error carries errno
// EISDIR where the synchronous one says EINVAL (as node's two implementations do).
function* cp(src, dest, options, isAsync = false) {
  options = { ...options, isAsync };
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, options);
  if (skipped) {
    return;
  }
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = pathModule.dirname(dest);
  if (!(yield ['exists', destParent])) {
    yield ['mkdir', destParent, 0o777, true];
  }
  yield* copyEntry(destStat, src, dest, options);
}

function* checkPaths(src, dest, options) {
  if (options.filter && !(yield ['filter', options.filter, src, dest])) {
    return { skipped: true };
  }
  const statStep = options.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statStep, src, true];
  const destStat = yield [statStep, dest, false];
  if (destStat !== undefined) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (isDirectory(srcStat) && !isDirectory(destStat)) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!isDirectory(srcStat) && isDirectory(destStat)) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (isDirectory(srcStat) && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) {
    return;
  }
  const destStat = yield ['stat', destParent, false];
  if (destStat === undefined) {
    return;
  }
  if (areIdentical(srcStat, destStat)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, options) {
  const srcStat = yield [options.dereference ? 'stat' : 'lstat', src, true];
  const type = srcStat[1] & S_IFMT;
  if (type === S_IFDIR && options.recursive) {
    yield* copyDirectoryEntry(srcStat, destStat, src, dest, options);
  } else if (type === S_IFDIR) {
    throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, options.isAsync ? EISDIR : EINVAL, 'EISDIR');
  } else if (type === S_IFREG || type === S_IFCHR || type === S_IFBLK) {
    yield* copyFileEntry(srcStat, destStat, src, dest, options);
  } else if (type === S_IFLNK) {
    yield* copyLinkEntry(destStat, src, dest, options);
  } else if (type === S_IFSOCK) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (type === S_IFIFO) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
  }
}

function* copyFileEntry(srcStat, destStat, src, dest, options) {
  if (destStat !== undefined) {
    if (!options.force) {
      if (options.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
      }
      return;
    }
    yield ['unlink', dest];
  }
  const mode = srcStat[1];
  yield ['copyFile', src, dest, options.mode];
  if (options.preserveTimestamps) {
    if ((mode & 0o200) === 0) {
      yield ['chmod', dest, mode | 0o200];
    }
    const updated = yield ['stat', src, true];
    // node passes the Date objects, whose time is whole milliseconds.
    const atime = Math.round(updated[10] * 1e3 + updated[11] / 1e6) / 1000;
    const mtime = Math.round(updated[12] * 1e3 + updated[13] / 1e6) / 1000;
    yield ['utimes', dest, atime, mtime];
  }
  yield ['chmod', dest, mode];
}

function* copyDirectoryEntry(srcStat, destStat, src, dest, options) {
  if (destStat === undefined) {
    yield ['mkdir', dest, 0o777, false];
    yield* copyDirectory(src, dest, options);
    yield ['chmod', dest, srcStat[1]];
    return;
  }
  yield* copyDirectory(src, dest, options);
}

function* copyDirectory(src, dest, options) {
  // node walks the source with opendir, in the directory's own order.
  const names = yield ['opendirEntries', src, false, 'utf8'];
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, options);
    if (!skipped) {
      yield* copyEntry(destStat, srcItem, destItem, options);
    }
  }
}

function* copyLinkEntry(destStat, src, dest, options) {
  let resolvedSrc = yield ['readlink', src, 'utf8'];
  if (!options.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (destStat === undefined) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest, 'utf8'];
  } catch (error) {
    if (error.code === 'EINVAL' || error.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest];
      return;
    }
    throw error;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError('ERR_FS_CP_EINVAL',
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL');
  }
  const srcStat = yield ['stat', src, true];
  if (isDirectory(srcStat) && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

// ------------------------------------------------------------------------------------------
// realpath (node's JavaScript algorithm: lstat each prefix, follow links, start over)

function* realpath(path) {
  let p = pathModule.resolve(path);
  const seenLinks = new Map();
  const knownHard = new Set();
  let current = '/';
  let base = '/';
  let previous;
  let pos = 1;
  while (pos < p.length) {
    const next = p.indexOf('/', pos);
    previous = current;
    if (next === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, next + 1);
      base = previous + p.slice(pos, next);
      pos = next + 1;
    }
    if (knownHard.has(base)) {
      continue;
    }
    const stats = yield ['lstat', base, true];
    if (!isFileType(stats, S_IFLNK)) {
      knownHard.add(base);
      continue;
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let linkTarget = seenLinks.get(id);
    if (linkTarget === undefined) {
      yield ['stat', base, true];
      linkTarget = yield ['readlink', base, 'utf8'];
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    seenLinks.set(id, linkTarget);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = '/';
    base = '/';
    pos = 1;
  }
  return p;
}

// ------------------------------------------------------------------------------------------
// readdir with `recursive`: breadth first, each directory's entries sorted.

function* readdirRecursive(basePath, withFileTypes, encoding) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    const entries = yield ['readdir', path, withFileTypes, encoding];
    if (withFileTypes) {
      const [names, types] = entries;
      for (let j = 0; j < names.length; j++) {
        const dirent = new Dirent(names[j], types[j], path);
        results.push(dirent);
        if (dirent.isDirectory()) {
          queue.push(pathModule.join(dirent.parentPath, dirent.name));
        }
      }
    } else {
      for (const name of entries) {
        const resultPath = pathModule.join(path, name);
        results.push(pathModule.relative(basePath, resultPath));
        if (yield ['isDirectory', resultPath]) {
          queue.push(resultPath);
        }
      }
    }
  }
  return results;
}

module.exports = {
  runSync,
  runCallback,
  runPromise,
  defaultRmOptions,
  checkRmTarget,
  rm,
  rimraf,
  cp,
  realpath,
  readdirRecursive,
  S_IFREG,
};
