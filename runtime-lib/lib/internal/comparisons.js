'use strict';
// Deep equality as node v20 defines it (assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual): strict mode compares with Object.is, prototypes and symbol keys;
// loose mode with ==. Both compare Object.prototype.toString tags, own enumerable keys in any
// order, array holes, Date times, RegExp source/flags/lastIndex, Error name/message/cause/
// errors, boxed primitive values, typed array contents and Set/Map contents (objects matched
// pairwise, in any order). Cycles are cut as node v20.20 cuts them (see keyCheck).

const types = require('util/types');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const objectTag = (value) => Object.prototype.toString.call(value);

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) {
    return false;
  }
  if (key !== '0' && (key[0] < '1' || key[0] > '9')) {
    return false;
  }
  for (let i = 1; i < key.length; i++) {
    if (key[i] < '0' || key[i] > '9') {
      return false;
    }
  }
  return Number(key) < 4294967295;
}

// Own enumerable keys that are not array indices (strings, then symbols unless `skipSymbols`).
function ownNonIndexEnumerableKeys(object, skipSymbols) {
  const keys = [];
  for (const key of Object.getOwnPropertyNames(object)) {
    if (!isArrayIndex(key) && isEnumerable(object, key)) {
      keys.push(key);
    }
  }
  if (!skipSymbols) {
    for (const key of Object.getOwnPropertySymbols(object)) {
      if (isEnumerable(object, key)) {
        keys.push(key);
      }
    }
  }
  return keys;
}

function countEnumerable(object, keys) {
  let count = 0;
  for (const key of keys) {
    if (isEnumerable(object, key)) {
      count++;
    }
  }
  return count;
}

function similarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function equalBytes(a, b) {
  if (a.byteLength !== b.byteLength) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

function similarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

function boxedValue(value) {
  if (types.isNumberObject(value)) {
    return ['number', Number.prototype.valueOf.call(value)];
  }
  if (types.isStringObject(value)) {
    return ['string', String.prototype.valueOf.call(value)];
  }
  if (types.isBooleanObject(value)) {
    return ['boolean', Boolean.prototype.valueOf.call(value)];
  }
  if (types.isSymbolObject(value)) {
    return ['symbol', Symbol.prototype.valueOf.call(value)];
  }
  return ['bigint', BigInt.prototype.valueOf.call(value)];
}

function equalBoxedPrimitives(a, b) {
  if (!types.isBoxedPrimitive(b)) {
    return false;
  }
  const [typeA, valueA] = boxedValue(a);
  const [typeB, valueB] = boxedValue(b);
  return typeA === typeB && Object.is(valueA, valueB);
}

function isErrorLike(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || !strict || Object.is(val1, val2);
  }
  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) {
      return false;
    }
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') {
      return false;
    }
  }
  const tag1 = objectTag(val1);
  if (tag1 !== objectTag(val2)) {
    return false;
  }
  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) {
      return false;
    }
    const keys1 = ownNonIndexEnumerableKeys(val1, !strict);
    const keys2 = ownNonIndexEnumerableKeys(val2, !strict);
    if (keys1.length !== keys2.length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (tag1 === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (types.isDate(val1)) {
    if (!types.isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) {
      return false;
    }
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || !similarRegExps(val1, val2)) {
      return false;
    }
  } else if (isErrorLike(val1)) {
    if (!isErrorLike(val2) || val1.message !== val2.message || val1.name !== val2.name) {
      return false;
    }
    if (hasOwn(val1, 'cause') !== hasOwn(val2, 'cause') || (hasOwn(val1, 'cause') && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) {
      return false;
    }
    if (hasOwn(val1, 'errors') !== hasOwn(val2, 'errors') || (hasOwn(val1, 'errors') && !innerDeepEqual(val1.errors, val2.errors, strict, memos))) {
      return false;
    }
  } else if (types.isArrayBufferView(val1)) {
    if (!types.isArrayBufferView(val2) || objectTag(val1) !== objectTag(val2)) {
      return false;
    }
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!similarFloatArrays(val1, val2)) {
        return false;
      }
    } else if (!equalBytes(bytesOf(val1), bytesOf(val2))) {
      return false;
    }
    const keys1 = ownNonIndexEnumerableKeys(val1, !strict);
    const keys2 = ownNonIndexEnumerableKeys(val2, !strict);
    if (keys1.length !== keys2.length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !equalBytes(new Uint8Array(val1), new Uint8Array(val2))) {
      return false;
    }
  } else if (types.isBoxedPrimitive(val1)) {
    if (!equalBoxedPrimitives(val1, val2)) {
      return false;
    }
  } else if (
    Array.isArray(val2) ||
    types.isArrayBufferView(val2) ||
    types.isSet(val2) ||
    types.isMap(val2) ||
    types.isDate(val2) ||
    types.isRegExp(val2) ||
    types.isAnyArrayBuffer(val2) ||
    types.isBoxedPrimitive(val2) ||
    isErrorLike(val2)
  ) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, givenKeys) {
  let keys = givenKeys;
  if (keys === undefined) {
    keys = Object.keys(val1);
    if (keys.length !== Object.keys(val2).length) {
      return false;
    }
  }
  for (const key of keys) {
    if (!isEnumerable(val2, key)) {
      return false;
    }
  }
  if (strict && givenKeys === undefined) {
    // The enumerable symbol keys must be the same too.
    const symbols1 = Object.getOwnPropertySymbols(val1);
    if (symbols1.length !== 0) {
      let count = 0;
      for (const key of symbols1) {
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) {
            return false;
          }
          keys.push(key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      const symbols2 = Object.getOwnPropertySymbols(val2);
      if (symbols1.length !== symbols2.length && countEnumerable(val2, symbols2) !== count) {
        return false;
      }
    } else {
      const symbols2 = Object.getOwnPropertySymbols(val2);
      if (symbols2.length !== 0 && countEnumerable(val2, symbols2) !== 0) {
        return false;
      }
    }
  }
  if (
    keys.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)
  ) {
    return true;
  }
  // Cycles: the outermost pair and the pair one level down are remembered in slots; deeper
  // down, every pair on the path goes into a set, and a pair whose sides are both on the path
  // already (or, as in node, either one is) counts as equal.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
    return objectEquivalent(val1, val2, strict, keys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) {
        return true;
      }
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objectEquivalent(val1, val2, strict, keys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }
  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size - 2) {
    const result = objectEquivalent(val1, val2, strict, keys, memos, iterationType);
    set.delete(val1);
    set.delete(val2);
    return result;
  }
  return true;
}

function objectEquivalent(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquivalent(a, b, strict, memos)) {
      return false;
    }
  } else if (iterationType === kIsMap) {
    if (!mapEquivalent(a, b, strict, memos)) {
      return false;
    }
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
          return false;
        }
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining keys as keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

// For loose comparisons: the primitive a Set/Map key might loosely equal, or a boolean when
// the answer is already known (false: nothing loosely equal exists; true: look further).
function looseMatchingPrimitive(primitive) {
  switch (typeof primitive) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      primitive = +primitive;
    // falls through
    case 'number':
      if (Number.isNaN(primitive)) {
        return false;
      }
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, primitive) {
  const alternative = looseMatchingPrimitive(primitive);
  if (alternative != null) {
    return alternative;
  }
  return b.has(alternative) && !a.has(alternative);
}

function mapMightHaveLoosePrimitive(a, b, primitive, item, memos) {
  const alternative = looseMatchingPrimitive(primitive);
  if (alternative != null) {
    return alternative;
  }
  const itemB = b.get(alternative);
  if ((itemB === undefined && !b.has(alternative)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alternative) && innerDeepEqual(item, itemB, false, memos);
}

function setHasEqualElement(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquivalent(a, b, strict, memos) {
  let candidates = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      candidates ??= new Set();
      candidates.add(value);
    } else if (!b.has(value)) {
      if (strict || !setMightHaveLoosePrimitive(a, b, value)) {
        return false;
      }
      candidates ??= new Set();
      candidates.add(value);
    }
  }
  if (candidates === null) {
    return true;
  }
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!setHasEqualElement(candidates, value, strict, memos)) {
        return false;
      }
    } else if (!strict && !a.has(value) && !setHasEqualElement(candidates, value, strict, memos)) {
      return false;
    }
  }
  return candidates.size === 0;
}

function mapHasEqualEntry(candidates, map, key, item, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(key, candidate, strict, memos) && innerDeepEqual(item, map.get(candidate), strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquivalent(a, b, strict, memos) {
  let candidates = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      candidates ??= new Set();
      candidates.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict || !mapMightHaveLoosePrimitive(a, b, key, item1, memos)) {
          return false;
        }
        candidates ??= new Set();
        candidates.add(key);
      }
    }
  }
  if (candidates === null) {
    return true;
  }
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(candidates, a, key, item, strict, memos)) {
        return false;
      }
    } else if (
      !strict &&
      (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
      !mapHasEqualEntry(candidates, a, key, item, false, memos)
    ) {
      return false;
    }
  }
  return candidates.size === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
