'use strict';
// node:os over internal:os (what libuv reports on Linux). Functions whose system call can fail
// throw ERR_SYSTEM_ERROR (a SystemError) as node's do; tmpdir() and homedir() read `TMPDIR`,
// `TMP`, `TEMP` and `HOME` from process.env, so changes a program makes there count.

const binding = require('internal:os');
const { invalidArgType, nodeError } = require('internal:errors');
const { inspect } = require('internal:util');
const { systemError } = require('internal/system_error');

const { constants } = binding;

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${inspect(value)}`);
  }
  if (value < min || value > max) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. Received ${inspect(value)}`);
  }
}

// Calls a binding function that reports failure through a context object.
function checked(fn, ...args) {
  const context = {};
  const result = fn(...args, context);
  if (result === undefined) {
    throw systemError('ERR_SYSTEM_ERROR', context);
  }
  return result;
}

const [osType, osVersion, osRelease, osMachine] = checked(binding.getOSInformation);

// node's os functions also convert to their value (`${os.hostname}`).
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const getHostname = withPrimitive(function wrappedFn() {
  return checked(binding.getHostname);
});

const getHomeDirectory = withPrimitive(function wrappedFn() {
  const home = process.env.HOME;
  if (home !== undefined) {
    return home;
  }
  return checked(binding.getHomeDirectory);
});

const getUptime = withPrimitive(function wrappedFn() {
  return checked(binding.getUptime);
});

const getOSRelease = withPrimitive(function getOSRelease() {
  return osRelease;
});

const getOSType = withPrimitive(function getOSType() {
  return osType;
});

const getOSVersion = withPrimitive(function getOSVersion() {
  return osVersion;
});

const getMachine = withPrimitive(function getMachine() {
  return osMachine;
});

const getFreeMem = withPrimitive(function getFreeMem() {
  return binding.getFreeMem();
});

const getTotalMem = withPrimitive(function getTotalMem() {
  return binding.getTotalMem();
});

const getAvailableParallelism = withPrimitive(function getAvailableParallelism() {
  return binding.getAvailableParallelism();
});

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  let i = 0;
  while (i < data.length) {
    result.push({
      model: data[i++],
      speed: data[i++],
      times: {
        user: data[i++],
        nice: data[i++],
        sys: data[i++],
        idle: data[i++],
        irq: data[i++],
      },
    });
  }
  return result;
}

const kArch = { x86_64: 'x64', aarch64: 'arm64', armv7l: 'arm', i686: 'ia32', riscv64: 'riscv64', s390x: 's390x', ppc64le: 'ppc64' }[osMachine] || osMachine;

const arch = withPrimitive(function arch() {
  return process.arch === undefined ? kArch : process.arch;
});

const platform = withPrimitive(function platform() {
  return process.platform;
});

const tmpdir = withPrimitive(function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) {
    path = path.slice(0, -1);
  }
  return path;
});

const endianness = withPrimitive(function endianness() {
  return 'LE';
});

function countBinaryOnes(n) {
  let count = 0;
  for (let value = n >>> 0; value !== 0; value >>>= 1) {
    count += value & 1;
  }
  return count;
}

// `address/prefix` from a dotted or colon netmask, or null when the mask is not contiguous.
function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  let lastPos = 0;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  for (let i = 0; i < netmask.length; i++) {
    if (netmask[i] !== split) {
      if (i + 1 < netmask.length) {
        continue;
      }
      i++;
    }
    const part = netmask.slice(lastPos, i);
    lastPos = i + 1;
    if (part !== '') {
      if (hasZeros) {
        if (part !== '0') {
          return null;
        }
        continue;
      }
      const binary = parseInt(part, range);
      const binaryOnes = countBinaryOnes(binary);
      ones += binaryOnes;
      if (binaryOnes !== groupLength) {
        if (binary.toString(2).includes('01')) {
          return null;
        }
        hasZeros = true;
      }
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const data = checked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 6] !== -1) {
      entry.scopeid = data[i + 6];
    }
    if (result[name] !== undefined) {
      result[name].push(entry);
    } else {
      result[name] = [entry];
    }
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(binding.setPriority, pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) {
    pid = 0;
  } else {
    validateInt32(pid, 'pid');
  }
  return checked(binding.getPriority, pid);
}

function userInfo(options) {
  if (typeof options !== 'object') {
    options = null;
  }
  const user = checked(binding.getUserInfo);
  const encoding = options === null ? undefined : options.encoding;
  if (encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof user[key] === 'string') {
        user[key] = Buffer.from(user[key], 'utf8');
      }
    }
    return user;
  }
  if (typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    const { transcode } = require('internal:fs');
    for (const key of ['username', 'homedir', 'shell']) {
      try {
        user[key] = transcode(user[key], encoding);
      } catch {
        // node keeps UTF-8 for an encoding it does not know.
      }
    }
  }
  return user;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
