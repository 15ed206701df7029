//! node's character encodings (`utf8`, `utf16le`, `latin1`, `ascii`, `hex`, `base64`,
//! `base64url`) between JS strings and bytes, as `Buffer.from(string, encoding)` and
//! `buffer.toString(encoding)` convert: lossy UTF-8 decoding with U+FFFD per maximal invalid
//! subpart, lone surrogates written as U+FFFD, hex stopping at the first bad pair, base64
//! decoding that skips characters outside both alphabets and stops at `=`. Used by `fs` now
//! and meant for `Buffer` later. Owns no JS objects beyond the strings it makes.

use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::string::{JsString, StrView, MAX_STRING_LENGTH};

/// One of node's encodings, after `normalizeEncoding` (aliases folded).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// `utf8`, `utf-8`.
    Utf8,
    /// `utf16le`, `utf-16le`, `ucs2`, `ucs-2`.
    Utf16Le,
    /// `latin1`, `binary`.
    Latin1,
    /// `ascii`: decoding drops the high bit; encoding keeps the low byte.
    Ascii,
    /// `hex`.
    Hex,
    /// `base64`.
    Base64,
    /// `base64url`.
    Base64Url,
}

impl Encoding {
    /// The encoding named by an already normalized name (`lib/fs.js` normalizes in JS).
    pub fn from_name(name: &str) -> Option<Encoding> {
        Some(match name.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => Encoding::Utf8,
            "utf16le" | "utf-16le" | "ucs2" | "ucs-2" => Encoding::Utf16Le,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "hex" => Encoding::Hex,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64Url,
            _ => return None,
        })
    }
}

/// The bytes of `string` in `encoding` (`Buffer.from(string, encoding)`).
pub fn encode(string: &JsString, encoding: Encoding) -> Vec<u8> {
    let view = string.view();
    match encoding {
        Encoding::Utf8 => encode_utf8(view),
        Encoding::Utf16Le => (0..view.len()).flat_map(|index| view.unit(index).to_le_bytes()).collect(),
        Encoding::Latin1 | Encoding::Ascii => (0..view.len()).map(|index| view.unit(index) as u8).collect(),
        Encoding::Hex => decode_hex(view),
        Encoding::Base64 | Encoding::Base64Url => decode_base64(view),
    }
}

/// `bytes` decoded as `encoding` into a new string (`buffer.toString(encoding)`). Throws node's
/// ERR_STRING_TOO_LONG past the string length limit.
pub fn decode(ctx: &mut Context, bytes: &[u8], encoding: Encoding) -> JsResult<Gc<JsString>> {
    match encoding {
        Encoding::Latin1 => {
            check_length(ctx, bytes.len())?;
            Ok(crate::string::from_latin1(ctx, bytes))
        }
        Encoding::Ascii => {
            check_length(ctx, bytes.len())?;
            let low: Vec<u8> = bytes.iter().map(|byte| byte & 0x7f).collect();
            Ok(crate::string::from_latin1(ctx, &low))
        }
        Encoding::Utf8 => {
            if bytes.is_ascii() {
                check_length(ctx, bytes.len())?;
                return Ok(crate::string::from_latin1(ctx, bytes));
            }
            let units: Vec<u16> = String::from_utf8_lossy(bytes).encode_utf16().collect();
            from_units(ctx, &units)
        }
        Encoding::Utf16Le => {
            let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect();
            from_units(ctx, &units)
        }
        Encoding::Hex => {
            check_length(ctx, bytes.len().saturating_mul(2))?;
            let mut text = Vec::with_capacity(bytes.len() * 2);
            for byte in bytes {
                text.push(HEX_DIGITS[(byte >> 4) as usize]);
                text.push(HEX_DIGITS[(byte & 15) as usize]);
            }
            Ok(crate::string::from_latin1(ctx, &text))
        }
        Encoding::Base64 | Encoding::Base64Url => {
            let text = encode_base64(bytes, encoding == Encoding::Base64Url);
            check_length(ctx, text.len())?;
            Ok(crate::string::from_latin1(ctx, &text))
        }
    }
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
const BASE64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn check_length(ctx: &mut Context, length: usize) -> JsResult<()> {
    if length <= MAX_STRING_LENGTH {
        return Ok(());
    }
    let message = format!("Cannot create a string longer than 0x{MAX_STRING_LENGTH:x} characters");
    super::errors::throw_node_error(ctx, crate::error::ErrorKind::Error, "ERR_STRING_TOO_LONG", &message)
}

fn from_units(ctx: &mut Context, units: &[u16]) -> JsResult<Gc<JsString>> {
    check_length(ctx, units.len())?;
    if units.iter().all(|unit| *unit < 256) {
        let bytes: Vec<u8> = units.iter().map(|unit| *unit as u8).collect();
        return Ok(crate::string::from_latin1(ctx, &bytes));
    }
    Ok(crate::string::from_utf16(ctx, units))
}

/// UTF-8 of the code points of `view`; a lone surrogate becomes U+FFFD (EF BF BD).
fn encode_utf8(view: StrView<'_>) -> Vec<u8> {
    if let StrView::Latin1(bytes) = view {
        if bytes.is_ascii() {
            return bytes.to_vec();
        }
    }
    let length = view.len();
    let mut out = Vec::with_capacity(length);
    let mut index = 0;
    while index < length {
        let unit = view.unit(index) as u32;
        index += 1;
        let code_point = if (0xD800..0xDC00).contains(&unit) && index < length && (0xDC00..0xE000).contains(&(view.unit(index) as u32)) {
            let low = view.unit(index) as u32;
            index += 1;
            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xD800..0xE000).contains(&unit) {
            0xFFFD
        } else {
            unit
        };
        let ch = char::from_u32(code_point).unwrap_or('\u{FFFD}');
        let mut buffer = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buffer).as_bytes());
    }
    out
}

// node's decoders read each UTF-16 unit through a cast to its low byte, so 'Ł' (U+0141) counts as
// 'A'; the value functions do the same.
fn hex_value(unit: u16) -> Option<u8> {
    let unit = unit & 0xff;
    match unit {
        0x30..=0x39 => Some((unit - 0x30) as u8),
        0x41..=0x46 => Some((unit - 0x41 + 10) as u8),
        0x61..=0x66 => Some((unit - 0x61 + 10) as u8),
        _ => None,
    }
}

/// Hex digit pairs to bytes, stopping at the first pair that is not two hex digits (an odd
/// last digit is dropped), as node's hex decoder does.
fn decode_hex(view: StrView<'_>) -> Vec<u8> {
    let pairs = view.len() / 2;
    let mut out = Vec::with_capacity(pairs);
    for pair in 0..pairs {
        let (Some(high), Some(low)) = (hex_value(view.unit(pair * 2)), hex_value(view.unit(pair * 2 + 1))) else {
            break;
        };
        out.push(high << 4 | low);
    }
    out
}

fn base64_value(unit: u16) -> Option<u8> {
    Some(match unit & 0xff {
        0x41..=0x5A => (unit - 0x41) as u8,
        0x61..=0x7A => (unit - 0x61 + 26) as u8,
        0x30..=0x39 => (unit - 0x30 + 52) as u8,
        0x2B | 0x2D => 62, // '+' or '-'
        0x2F | 0x5F => 63, // '/' or '_'
        _ => return None,
    })
}

/// node's decoded size for a base64 text of `length` units whose last units may be `=`.
fn base64_decoded_size(view: StrView<'_>) -> usize {
    let mut size = view.len();
    if size < 2 {
        return 0;
    }
    if view.unit(size - 1) == u16::from(b'=') {
        size -= 1;
        if view.unit(size - 1) == u16::from(b'=') {
            size -= 1;
        }
    }
    let remainder = size % 4;
    let mut bytes = size / 4 * 3;
    if remainder != 0 {
        if bytes == 0 && remainder == 1 {
            bytes = 0;
        } else {
            bytes += 1 + usize::from(remainder == 3);
        }
    }
    bytes
}

/// Base64 (either alphabet) to bytes: characters outside the alphabets are skipped, `=` ends
/// the data, and at most the decoded size node computes from the length is produced.
fn decode_base64(view: StrView<'_>) -> Vec<u8> {
    let capacity = base64_decoded_size(view);
    let mut out = Vec::with_capacity(capacity);
    let length = view.len();
    let mut index = 0;
    // The next sextet, or None when the input ends or reaches '='.
    let next = |index: &mut usize| -> Option<u8> {
        while *index < length {
            let unit = view.unit(*index);
            *index += 1;
            if let Some(value) = base64_value(unit) {
                return Some(value);
            }
            if unit & 0xff == u16::from(b'=') {
                return None;
            }
        }
        None
    };
    'groups: while let Some(mut previous) = next(&mut index) {
        for step in 0..3 {
            if out.len() >= capacity {
                break 'groups;
            }
            let Some(value) = next(&mut index) else { break 'groups };
            let byte = match step {
                0 => (previous & 0x3F) << 2 | (value & 0x30) >> 4,
                1 => (previous & 0x0F) << 4 | (value & 0x3C) >> 2,
                _ => (previous & 0x03) << 6 | (value & 0x3F),
            };
            out.push(byte);
            previous = value;
        }
    }
    out
}

fn encode_base64(bytes: &[u8], url: bool) -> Vec<u8> {
    let alphabet = if url { BASE64URL_ALPHABET } else { BASE64_ALPHABET };
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b0 = chunk[0] as usize;
        let b1 = chunk.get(1).copied().unwrap_or(0) as usize;
        let b2 = chunk.get(2).copied().unwrap_or(0) as usize;
        out.push(alphabet[b0 >> 2]);
        out.push(alphabet[(b0 & 3) << 4 | b1 >> 4]);
        if chunk.len() > 1 {
            out.push(alphabet[(b1 & 15) << 2 | b2 >> 6]);
        } else if !url {
            out.push(b'=');
        }
        if chunk.len() > 2 {
            out.push(alphabet[b2 & 63]);
        } else if !url {
            out.push(b'=');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin1(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    #[test]
    fn base64_decoding_skips_junk_and_stops_at_padding() {
        let units = latin1("QU!JD-_");
        assert_eq!(decode_base64(StrView::Utf16(&units)), vec![0x41, 0x42, 0x43, 0xfb]);
        let units = latin1("QQ=QQ");
        assert_eq!(decode_base64(StrView::Utf16(&units)), vec![0x41]);
        let units = latin1("Q");
        assert_eq!(decode_base64(StrView::Utf16(&units)), Vec::<u8>::new());
    }

    #[test]
    fn hex_decoding_stops_at_the_first_bad_pair() {
        let units = latin1("abz1");
        assert_eq!(decode_hex(StrView::Utf16(&units)), vec![0xab]);
    }

    #[test]
    fn base64_encoding_pads_unless_url() {
        assert_eq!(encode_base64(&[0x41, 0xe9, 0xff, 0x80, 0x7f], false), b"Qen/gH8=".to_vec());
        assert_eq!(encode_base64(&[0x41, 0xe9, 0xff, 0x80, 0x7f], true), b"Qen_gH8".to_vec());
    }

    #[test]
    fn utf8_encoding_replaces_lone_surrogates() {
        let units = [0xe9u16, 0xD83D, 0xDE00, 0xD800, 0x78];
        assert_eq!(encode_utf8(StrView::Utf16(&units)), vec![0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbf, 0xbd, 0x78]);
    }
}
