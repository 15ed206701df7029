'use strict';
// The store behind `blob:nodedata:` object URLs (node's storeDataObject/getDataObject): the URL
// statics createObjectURL/revokeObjectURL (internal/url) and buffer.resolveObjectURL
// (internal/blob) share it, and structuredClone copies Blobs through it. It is small on purpose: URL programs that never make a Blob carry
// only this, and a value can only be a Blob once internal/blob has run and registered its check.

const binding = require('internal:blob');

// id -> the Blob whose bytes and type the URL names.
const entries = new Map();
let blobCheck = null;
let blobClone = null;

function isBlob(value) {
  return blobCheck !== null && blobCheck(value);
}

// internal/blob registers how to tell a Blob and how to copy one (for structuredClone, which
// also reaches Blobs through this module).
function registerBlob(check, clone) {
  blobCheck = check;
  blobClone = clone;
}

function cloneBlob(blob) {
  return blobClone(blob);
}

function store(blob) {
  const id = binding.randomUUID();
  entries.set(id, blob);
  return `blob:nodedata:${id}`;
}

module.exports = { cloneBlob, entries, isBlob, registerBlob, store };
