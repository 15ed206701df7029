//! The `internal:crypto` binding behind `runtime-lib/lib/crypto.js`: message digests (MD5,
//! SHA-1, SHA-2, SHA-3, RIPEMD-160 from the RustCrypto crates) and HMAC over them, kept as
//! running states in `ObjectKind::HostData` handle objects, and random bytes from the
//! kernel (`getrandom(2)`), synchronously or on the blocking pool. Argument checking and
//! node's error messages are the JavaScript side's.

use crate::builtins::builder::ObjectBuilder;
use crate::builtins::{array_buffer, typed_array};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{JsObject, ObjectKind};
use crate::value::{conv, Value};
use digest::DynDigest;

use super::encoding::Encoding;

/// `require('internal:crypto')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("hashNew", 1, hash_new)
        .method("hmacNew", 2, hmac_new)
        .method("hashCopy", 1, hash_copy)
        .method("hashUpdate", 3, hash_update)
        .method("hashDigest", 1, hash_digest)
        .method("getHashes", 0, get_hashes)
        .method("randomFillSync", 3, random_fill_sync)
        .method("randomBytesAsync", 2, random_bytes_async)
        .method("timingSafeEqual", 2, timing_safe_equal);
    Ok(Value::object(binding))
}

// ---------------------------------------------------------------------------------------------
// Algorithms
// ---------------------------------------------------------------------------------------------

/// A digest kiln has: its canonical name and HMAC block size.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Ripemd160,
}

impl Algorithm {
    /// The algorithm an OpenSSL digest name (any case, with its RSA aliases) names.
    fn from_name(name: &str) -> Option<Algorithm> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" | "rsa-md5" | "md5withrsaencryption" | "ssl3-md5" => Algorithm::Md5,
            "sha1" | "rsa-sha1" | "sha1withrsaencryption" | "ssl3-sha1" | "rsa-sha1-2" => Algorithm::Sha1,
            "sha224" | "rsa-sha224" | "sha224withrsaencryption" | "sha2-224" => Algorithm::Sha224,
            "sha256" | "rsa-sha256" | "sha256withrsaencryption" | "sha2-256" => Algorithm::Sha256,
            "sha384" | "rsa-sha384" | "sha384withrsaencryption" | "sha2-384" => Algorithm::Sha384,
            "sha512" | "rsa-sha512" | "sha512withrsaencryption" | "sha2-512" => Algorithm::Sha512,
            "sha512-224" | "rsa-sha512/224" | "sha512-224withrsaencryption" | "sha2-512/224" => Algorithm::Sha512_224,
            "sha512-256" | "rsa-sha512/256" | "sha512-256withrsaencryption" | "sha2-512/256" => Algorithm::Sha512_256,
            "sha3-224" | "rsa-sha3-224" | "id-rsassa-pkcs1-v1_5-with-sha3-224" => Algorithm::Sha3_224,
            "sha3-256" | "rsa-sha3-256" | "id-rsassa-pkcs1-v1_5-with-sha3-256" => Algorithm::Sha3_256,
            "sha3-384" | "rsa-sha3-384" | "id-rsassa-pkcs1-v1_5-with-sha3-384" => Algorithm::Sha3_384,
            "sha3-512" | "rsa-sha3-512" | "id-rsassa-pkcs1-v1_5-with-sha3-512" => Algorithm::Sha3_512,
            "ripemd160" | "ripemd" | "rmd160" | "rsa-ripemd160" | "ripemd160withrsa" => Algorithm::Ripemd160,
            _ => return None,
        })
    }

    fn new_digest(self) -> Box<dyn DynDigest> {
        match self {
            Algorithm::Md5 => Box::new(md5::Md5::default()),
            Algorithm::Sha1 => Box::new(sha1::Sha1::default()),
            Algorithm::Sha224 => Box::new(sha2::Sha224::default()),
            Algorithm::Sha256 => Box::new(sha2::Sha256::default()),
            Algorithm::Sha384 => Box::new(sha2::Sha384::default()),
            Algorithm::Sha512 => Box::new(sha2::Sha512::default()),
            Algorithm::Sha512_224 => Box::new(sha2::Sha512_224::default()),
            Algorithm::Sha512_256 => Box::new(sha2::Sha512_256::default()),
            Algorithm::Sha3_224 => Box::new(sha3::Sha3_224::default()),
            Algorithm::Sha3_256 => Box::new(sha3::Sha3_256::default()),
            Algorithm::Sha3_384 => Box::new(sha3::Sha3_384::default()),
            Algorithm::Sha3_512 => Box::new(sha3::Sha3_512::default()),
            Algorithm::Ripemd160 => Box::new(ripemd::Ripemd160::default()),
        }
    }

    /// The input block size HMAC pads keys to (RFC 2104).
    fn block_size(self) -> usize {
        match self {
            Algorithm::Md5 | Algorithm::Sha1 | Algorithm::Sha224 | Algorithm::Sha256 | Algorithm::Ripemd160 => 64,
            Algorithm::Sha384 | Algorithm::Sha512 | Algorithm::Sha512_224 | Algorithm::Sha512_256 => 128,
            Algorithm::Sha3_224 => 144,
            Algorithm::Sha3_256 => 136,
            Algorithm::Sha3_384 => 104,
            Algorithm::Sha3_512 => 72,
        }
    }
}

/// `crypto.getHashes()` of the digests kiln has, in node's order.
const HASH_NAMES: &[&str] = &[
    "RSA-MD5",
    "RSA-RIPEMD160",
    "RSA-SHA1",
    "RSA-SHA1-2",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "id-rsassa-pkcs1-v1_5-with-sha3-224",
    "id-rsassa-pkcs1-v1_5-with-sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384",
    "id-rsassa-pkcs1-v1_5-with-sha3-512",
    "md5",
    "md5WithRSAEncryption",
    "ripemd",
    "ripemd160",
    "ripemd160WithRSA",
    "rmd160",
    "sha1",
    "sha1WithRSAEncryption",
    "sha224",
    "sha224WithRSAEncryption",
    "sha256",
    "sha256WithRSAEncryption",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha384WithRSAEncryption",
    "sha512",
    "sha512-224",
    "sha512-224WithRSAEncryption",
    "sha512-256",
    "sha512-256WithRSAEncryption",
    "sha512WithRSAEncryption",
    "ssl3-md5",
    "ssl3-sha1",
];

// ---------------------------------------------------------------------------------------------
// Running digests
// ---------------------------------------------------------------------------------------------

/// The state of a Hash or Hmac handle.
struct DigestState {
    /// The running digest (of the inner message, for HMAC).
    inner: Box<dyn DynDigest>,
    /// HMAC's outer digest, already fed the key xor opad.
    outer: Option<Box<dyn DynDigest>>,
}

impl DigestState {
    fn copy(&self) -> DigestState {
        DigestState { inner: self.inner.box_clone(), outer: self.outer.as_ref().map(|outer| outer.box_clone()) }
    }

    /// The digest of everything fed so far (HMAC's outer hash over the inner one).
    fn finish(&mut self) -> Vec<u8> {
        let inner = self.inner.finalize_reset().to_vec();
        match self.outer.as_mut() {
            Some(outer) => {
                outer.update(&inner);
                outer.finalize_reset().to_vec()
            }
            None => inner,
        }
    }
}

fn new_handle(ctx: &mut Context, state: DigestState) -> Value {
    let shape = ctx.root_shape;
    let object = ctx.alloc(JsObject::new(shape, None, ObjectKind::HostData(Box::new(state))));
    Value::object(object)
}

fn state_of<'a>(ctx: &mut Context, value: Value) -> JsResult<&'a mut DigestState> {
    let object: Option<Gc<JsObject>> = value.as_object();
    if let Some(object) = object {
        if let Some(ObjectKind::HostData(data)) = object.get_mut().kind_mut() {
            if let Some(state) = data.downcast_mut::<DigestState>() {
                return Ok(state);
            }
        }
    }
    ctx.throw_type_error("Not a digest handle")
}

/// hashNew(algorithm): a handle, or undefined when the digest is unknown.
fn hash_new(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let name = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let Some(algorithm) = Algorithm::from_name(&name) else { return Ok(Value::UNDEFINED) };
    Ok(new_handle(ctx, DigestState { inner: algorithm.new_digest(), outer: None }))
}

/// hmacNew(algorithm, key): an HMAC handle (RFC 2104), or undefined for an unknown digest.
fn hmac_new(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let name = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let Some(algorithm) = Algorithm::from_name(&name) else { return Ok(Value::UNDEFINED) };
    let key = view_bytes(call.arg(1)).to_vec();
    let block = algorithm.block_size();
    let mut padded = if key.len() > block {
        let mut digest = algorithm.new_digest();
        digest.update(&key);
        digest.finalize_reset().to_vec()
    } else {
        key
    };
    padded.resize(block, 0);
    let mut inner = algorithm.new_digest();
    inner.update(&padded.iter().map(|byte| byte ^ 0x36).collect::<Vec<u8>>());
    let mut outer = algorithm.new_digest();
    outer.update(&padded.iter().map(|byte| byte ^ 0x5c).collect::<Vec<u8>>());
    Ok(new_handle(ctx, DigestState { inner, outer: Some(outer) }))
}

/// hashCopy(handle): an independent handle with the same state.
fn hash_copy(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let copy = state_of(ctx, call.arg(0))?.copy();
    Ok(new_handle(ctx, copy))
}

/// hashUpdate(handle, data, encoding): feeds a string (in `encoding`, UTF-8 when unknown) or
/// the bytes of a view.
fn hash_update(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let data = call.arg(1);
    let bytes = match data.as_string() {
        Some(string) => {
            let encoding = match call.arg(2).as_string() {
                Some(name) => Encoding::from_name(&name.get().to_rust_string()).unwrap_or(Encoding::Utf8),
                None => Encoding::Utf8,
            };
            super::buffer::encode_string(string.get().view(), encoding)
        }
        None => view_bytes(data).to_vec(),
    };
    state_of(ctx, call.arg(0))?.inner.update(&bytes);
    Ok(Value::TRUE)
}

/// hashDigest(handle): the digest as a new ArrayBuffer.
fn hash_digest(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bytes = state_of(ctx, call.arg(0))?.finish();
    Ok(Value::object(array_buffer::new_with_bytes(ctx, &bytes)?))
}

/// getHashes(): the digest names kiln has.
fn get_hashes(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    let list = ctx.new_list();
    for name in HASH_NAMES {
        let string = crate::string::from_str(ctx, name);
        list.get_mut().push(Value::string(string));
    }
    let values: Vec<Value> = (0..list.get().len()).map(|index| list.get().get(index)).collect();
    // The strings stay rooted by `list` while the array is made.
    Ok(Value::object(crate::object::array::from_values(ctx, &values)))
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------

/// The bytes of a view or ArrayBuffer (empty for anything else).
fn view_bytes<'a>(value: Value) -> &'a mut [u8] {
    let Some(object) = value.as_object() else { return &mut [] };
    let (buffer, start, length) = if let Some(data) = typed_array::typed_array_data(object) {
        (data.buffer, data.byte_offset, data.length_in_bounds().unwrap_or(0) * data.element.size())
    } else if let Some(data) = crate::builtins::data_view::data_view_data(object) {
        (data.buffer, data.byte_offset, data.byte_length_in_bounds().unwrap_or(0))
    } else if let Some(data) = array_buffer::buffer_data(object) {
        (object, 0, if data.is_detached() { 0 } else { data.byte_length() })
    } else {
        return &mut [];
    };
    match array_buffer::buffer_data_mut(buffer) {
        Some(data) if !data.is_detached() => data.bytes_mut().get_mut(start..start + length).unwrap_or(&mut []),
        _ => &mut [],
    }
}

/// Fills `bytes` from the kernel's random source.
pub(crate) fn fill_random(bytes: &mut [u8]) -> Result<(), std::io::Error> {
    let mut filled = 0;
    while filled < bytes.len() {
        let rest = &mut bytes[filled..];
        // SAFETY: the pointer and length describe the writable rest of `bytes`.
        let count = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if count < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        filled += count as usize;
    }
    Ok(())
}

fn index_argument(value: Value) -> usize {
    let number = value.as_number().unwrap_or(0.0);
    if number.is_nan() || number <= 0.0 {
        0
    } else {
        number as usize
    }
}

/// randomFillSync(bufferOrView, offset, size): fills `size` bytes at byte `offset`.
fn random_fill_sync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let bytes = view_bytes(call.arg(0));
    let offset = index_argument(call.arg(1)).min(bytes.len());
    let size = index_argument(call.arg(2)).min(bytes.len() - offset);
    if let Err(error) = fill_random(&mut bytes[offset..offset + size]) {
        return ctx.throw_error(crate::error::ErrorKind::Error, &format!("random source failed: {error}"));
    }
    Ok(call.arg(0))
}

/// randomBytesAsync(size, callback): generates `size` random bytes on the blocking pool and
/// calls `callback(arrayBuffer)` from the poll phase, as node's threadpool job completes.
fn random_bytes_async(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let size = index_argument(call.arg(0));
    let callback = call.arg(1);
    let work = move || {
        let mut bytes = vec![0u8; size];
        fill_random(&mut bytes).map(|()| bytes).map_err(|error| error.to_string())
    };
    crate::event_loop::io::spawn_blocking(ctx, work, random_bytes_done, callback);
    Ok(Value::UNDEFINED)
}

fn random_bytes_done(ctx: &mut Context, callback: Value, result: crate::event_loop::io::WorkResult) -> JsResult<()> {
    let Ok(result) = result.downcast::<Result<Vec<u8>, String>>() else { return Ok(()) };
    let argument = match *result {
        Ok(bytes) => Value::object(array_buffer::new_with_bytes(ctx, &bytes)?),
        Err(message) => {
            let error = crate::error::new_error(ctx, crate::error::ErrorKind::Error, &format!("random source failed: {message}"));
            Value::object(error)
        }
    };
    function::call(ctx, callback, Value::UNDEFINED, &[argument])?;
    Ok(())
}

/// timingSafeEqual(a, b): byte equality of two equally long views, in time that depends only
/// on the length.
fn timing_safe_equal(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let a = view_bytes(call.arg(0));
    let b = view_bytes(call.arg(1));
    let difference = a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    Ok(Value::boolean(difference == 0 && a.len() == b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    #[test]
    fn digests_match_known_vectors() {
        let mut state = DigestState { inner: Algorithm::Sha256.new_digest(), outer: None };
        state.inner.update(b"abc");
        assert_eq!(hex(&state.finish()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let mut md5 = DigestState { inner: Algorithm::from_name("MD5").expect("md5").new_digest(), outer: None };
        assert_eq!(hex(&md5.finish()), "d41d8cd98f00b204e9800998ecf8427e");
    }

    #[test]
    fn every_listed_name_is_known() {
        for name in HASH_NAMES {
            assert!(Algorithm::from_name(name).is_some(), "{name}");
        }
    }
}
