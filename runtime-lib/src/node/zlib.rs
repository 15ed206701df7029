//! The `internal:zlib` binding behind `runtime-lib/lib/zlib.js`: incremental deflate and
//! inflate engines with zlib's stream semantics (`write(flush, in, out)` consumes what it can,
//! fills what it can and reports both), over `flate2`'s raw deflate (the pure-Rust miniz_oxide
//! backend). The zlib (RFC 1950) and gzip (RFC 1952) wrappers are done here, so that headers,
//! trailers and their errors are zlib's: the same header bytes on output and the same messages
//! (`incorrect header check`, `unknown compression method`, `incorrect data check`, …) on
//! input. Engines live in `ObjectKind::HostData` handles; `write` runs on the blocking pool
//! (the engine moves there and back), `writeSync` on the JS thread. Option checking, the
//! stream classes and node's errors are the JavaScript side's.
//!
//! Not zlib: miniz_oxide gives no reason for a corrupt deflate body, so such errors say
//! `invalid block type` / `invalid stored block lengths` when the first block's header shows
//! it and `invalid deflate data` otherwise; compression always uses a 32 KiB window (the
//! header says so whatever `windowBits` asked) and ignores `strategy` and `memLevel`; preset
//! dictionaries are not supported.

use crate::builtins::builder::ObjectBuilder;
use crate::builtins::{array_buffer, typed_array};
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::object::function::{self, NativeCall};
use crate::object::{array, JsObject, ObjectKind};
use crate::value::{conv, Value};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// `require('internal:zlib')`.
pub fn binding(ctx: &mut Context) -> JsResult<Value> {
    let binding = ctx.new_object();
    ObjectBuilder::new(ctx, binding)
        .method("create", 3, create)
        .method("writeSync", 9, write_sync)
        .method("write", 10, write_async)
        .method("params", 3, params)
        .method("reset", 1, reset)
        .method("close", 1, close)
        .method("crc32", 2, crc32);
    Ok(Value::object(binding))
}

// ---------------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------------

/// node's zlib modes (`zlib.constants.DEFLATE` …).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Mode {
    Deflate = 1,
    Inflate = 2,
    Gzip = 3,
    Gunzip = 4,
    DeflateRaw = 5,
    InflateRaw = 6,
    Unzip = 7,
}

impl Mode {
    fn from_number(number: f64) -> Option<Mode> {
        Some(match number as i32 {
            1 => Mode::Deflate,
            2 => Mode::Inflate,
            3 => Mode::Gzip,
            4 => Mode::Gunzip,
            5 => Mode::DeflateRaw,
            6 => Mode::InflateRaw,
            7 => Mode::Unzip,
            _ => return None,
        })
    }
}

/// zlib's flush values.
const Z_NO_FLUSH: i32 = 0;
const Z_PARTIAL_FLUSH: i32 = 1;
const Z_SYNC_FLUSH: i32 = 2;
const Z_FULL_FLUSH: i32 = 3;
const Z_FINISH: i32 = 4;

/// zlib's return codes that reach JavaScript.
const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;

/// A failed write: zlib's message and return code.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ZError {
    message: &'static str,
    errno: i32,
}

fn data_error(message: &'static str) -> ZError {
    ZError { message, errno: Z_DATA_ERROR }
}

/// What one write did: bytes consumed from the input and written to the output.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
struct Progress {
    consumed: usize,
    produced: usize,
}

/// The stream wrapper around raw deflate data.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Wrapper {
    Raw,
    Zlib,
    Gzip,
    /// Unzip: a zlib or a gzip header, whichever the data starts with.
    Detect,
}

/// Adler-32 (RFC 1950 §9).
#[derive(Copy, Clone)]
struct Adler32 {
    a: u32,
    b: u32,
}

impl Adler32 {
    fn new() -> Adler32 {
        Adler32 { a: 1, b: 0 }
    }

    fn update(&mut self, bytes: &[u8]) {
        const MOD: u32 = 65521;
        // 5552 is the most bytes that can be summed before `b` could overflow a u32.
        for block in bytes.chunks(5552) {
            for &byte in block {
                self.a += u32::from(byte);
                self.b += self.a;
            }
            self.a %= MOD;
            self.b %= MOD;
        }
    }

    fn value(self) -> u32 {
        (self.b << 16) | self.a
    }
}

/// The running check value of the data a wrapper protects.
enum Checksum {
    None,
    Adler(Adler32),
    Crc(crc32fast::Hasher),
}

impl Checksum {
    fn for_wrapper(wrapper: Wrapper) -> Checksum {
        match wrapper {
            Wrapper::Zlib => Checksum::Adler(Adler32::new()),
            Wrapper::Gzip => Checksum::Crc(crc32fast::Hasher::new()),
            Wrapper::Raw | Wrapper::Detect => Checksum::None,
        }
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            Checksum::None => {}
            Checksum::Adler(adler) => adler.update(bytes),
            Checksum::Crc(crc) => crc.update(bytes),
        }
    }

    fn value(&self) -> u32 {
        match self {
            Checksum::None => 0,
            Checksum::Adler(adler) => adler.value(),
            Checksum::Crc(crc) => crc.clone().finalize(),
        }
    }
}

/// A deflate engine: raw deflate from flate2 inside the header and trailer of its wrapper.
struct Compressor {
    wrapper: Wrapper,
    level: i32,
    strategy: i32,
    raw: Compress,
    checksum: Checksum,
    /// Input length mod 2^32 (gzip's ISIZE).
    total_in: u32,
    /// Header or trailer bytes not yet written out.
    pending: Vec<u8>,
    header_done: bool,
    /// The raw stream ended (`Z_FINISH` completed); the trailer is queued.
    finished: bool,
}

impl Compressor {
    fn new(wrapper: Wrapper, level: i32, strategy: i32) -> Compressor {
        Compressor {
            wrapper,
            level,
            strategy,
            raw: Compress::new(Compression::new(effective_level(level)), false),
            checksum: Checksum::for_wrapper(wrapper),
            total_in: 0,
            pending: Vec::new(),
            header_done: false,
            finished: false,
        }
    }

    /// The header zlib's deflate writes for this level and strategy.
    fn header(&self) -> Vec<u8> {
        const Z_HUFFMAN_ONLY: i32 = 2;
        let level = if self.level < 0 { 6 } else { self.level };
        match self.wrapper {
            Wrapper::Zlib => {
                let level_flags = if self.strategy >= Z_HUFFMAN_ONLY || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                // CINFO 7: a 32 KiB window, which is what the raw compressor uses.
                let cmf: u16 = 0x78;
                let mut flg: u16 = level_flags << 6;
                flg += 31 - ((cmf << 8) + flg) % 31;
                vec![cmf as u8, flg as u8]
            }
            Wrapper::Gzip => {
                let extra_flags = if level == 9 {
                    2
                } else if self.strategy >= Z_HUFFMAN_ONLY || level < 2 {
                    4
                } else {
                    0
                };
                // Magic, deflate, no flags, no mtime, XFL, OS 3 (Unix) as node's zlib writes.
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, extra_flags, 3]
            }
            Wrapper::Raw | Wrapper::Detect => Vec::new(),
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.wrapper {
            Wrapper::Zlib => self.checksum.value().to_be_bytes().to_vec(),
            Wrapper::Gzip => {
                let mut bytes = self.checksum.value().to_le_bytes().to_vec();
                bytes.extend_from_slice(&self.total_in.to_le_bytes());
                bytes
            }
            Wrapper::Raw | Wrapper::Detect => Vec::new(),
        }
    }

    fn drain_pending(&mut self, output: &mut [u8], produced: &mut usize) {
        let count = self.pending.len().min(output.len() - *produced);
        output[*produced..*produced + count].copy_from_slice(&self.pending[..count]);
        self.pending.drain(..count);
        *produced += count;
    }

    fn write(&mut self, input: &[u8], output: &mut [u8], flush: i32) -> Progress {
        let mut produced = 0;
        if !self.header_done {
            self.pending = self.header();
            self.header_done = true;
        }
        self.drain_pending(output, &mut produced);
        let mut consumed = 0;
        if !self.finished && self.pending.is_empty() && produced < output.len() {
            let mode = match flush {
                Z_NO_FLUSH => FlushCompress::None,
                Z_PARTIAL_FLUSH => FlushCompress::Partial,
                Z_SYNC_FLUSH => FlushCompress::Sync,
                Z_FULL_FLUSH => FlushCompress::Full,
                Z_FINISH => FlushCompress::Finish,
                // Z_BLOCK and Z_TREES: end the current block; a sync flush also does.
                _ => FlushCompress::Sync,
            };
            let before_in = self.raw.total_in();
            let before_out = self.raw.total_out();
            let status = self.raw.compress(input, &mut output[produced..], mode);
            consumed = (self.raw.total_in() - before_in) as usize;
            produced += (self.raw.total_out() - before_out) as usize;
            self.checksum.update(&input[..consumed]);
            self.total_in = self.total_in.wrapping_add(consumed as u32);
            if let Ok(Status::StreamEnd) = status {
                self.finished = true;
                self.pending = self.trailer();
                self.drain_pending(output, &mut produced);
            }
        }
        Progress { consumed, produced }
    }

    fn reset(&mut self) {
        *self = Compressor::new(self.wrapper, self.level, self.strategy);
    }

    /// `deflateParams` after the sync flush node does first: later data is compressed at the
    /// new level by a fresh raw compressor, whose blocks follow the flushed ones.
    fn set_params(&mut self, level: i32, strategy: i32) {
        self.level = level;
        self.strategy = strategy;
        if !self.finished {
            self.raw = Compress::new(Compression::new(effective_level(level)), false);
        }
    }
}

fn effective_level(level: i32) -> u32 {
    if level < 0 {
        6
    } else {
        level.min(9) as u32
    }
}

/// Where an inflate engine is in its stream.
enum Stage {
    /// Reading the wrapper's header; the bytes read so far.
    Header(Vec<u8>),
    Body,
    /// Reading the trailer; the bytes read so far.
    Trailer(Vec<u8>),
    Done,
}

/// An inflate engine.
struct Decompressor {
    /// What the mode asked for (`Detect` for unzip).
    requested: Wrapper,
    /// What the data turned out to be.
    wrapper: Wrapper,
    /// The largest window the header may declare (`windowBits`; 0 takes the header's).
    window_bits: u32,
    stage: Stage,
    raw: Decompress,
    checksum: Checksum,
    total_out: u32,
    /// The first bytes of the deflate body, to name the error when it is corrupt.
    body_start: Vec<u8>,
    /// Gunzip: a member ended and more non-zero input followed, so another member began.
    multi_member: bool,
}

impl Decompressor {
    fn new(requested: Wrapper, window_bits: u32) -> Decompressor {
        let wrapper = if requested == Wrapper::Detect { Wrapper::Zlib } else { requested };
        Decompressor {
            requested,
            wrapper,
            window_bits,
            stage: if requested == Wrapper::Raw { Stage::Body } else { Stage::Header(Vec::new()) },
            raw: Decompress::new(false),
            checksum: Checksum::for_wrapper(wrapper),
            total_out: 0,
            body_start: Vec::new(),
            multi_member: requested == Wrapper::Gzip,
        }
    }

    /// Starts the next gzip member.
    fn next_member(&mut self) {
        self.stage = Stage::Header(Vec::new());
        self.raw.reset(false);
        self.checksum = Checksum::for_wrapper(Wrapper::Gzip);
        self.total_out = 0;
        self.body_start.clear();
    }

    fn write(&mut self, input: &[u8], output: &mut [u8], flush: i32) -> Result<Progress, ZError> {
        let mut consumed = 0;
        let mut produced = 0;
        loop {
            match &mut self.stage {
                Stage::Header(bytes) => {
                    let Some(&byte) = input.get(consumed) else { break };
                    consumed += 1;
                    bytes.push(byte);
                    let bytes = std::mem::take(bytes);
                    match self.parse_header(&bytes)? {
                        HeaderState::Complete => self.stage = Stage::Body,
                        HeaderState::Incomplete => self.stage = Stage::Header(bytes),
                    }
                }
                Stage::Body => {
                    if produced == output.len() {
                        break;
                    }
                    if self.body_start.len() < 5 {
                        let more = (5 - self.body_start.len()).min(input.len() - consumed);
                        self.body_start.extend_from_slice(&input[consumed..consumed + more]);
                    }
                    let before_in = self.raw.total_in();
                    let before_out = self.raw.total_out();
                    let status = self.raw.decompress(&input[consumed..], &mut output[produced..], FlushDecompress::None);
                    let used = (self.raw.total_in() - before_in) as usize;
                    let made = (self.raw.total_out() - before_out) as usize;
                    self.checksum.update(&output[produced..produced + made]);
                    self.total_out = self.total_out.wrapping_add(made as u32);
                    consumed += used;
                    produced += made;
                    match status {
                        Err(_) => return Err(data_error(corrupt_body_message(&self.body_start))),
                        Ok(Status::StreamEnd) => {
                            self.stage = if self.wrapper == Wrapper::Raw { Stage::Done } else { Stage::Trailer(Vec::new()) };
                        }
                        Ok(_) if used == 0 && made == 0 => break,
                        Ok(_) => {}
                    }
                }
                Stage::Trailer(bytes) => {
                    let Some(&byte) = input.get(consumed) else { break };
                    consumed += 1;
                    bytes.push(byte);
                    let bytes = std::mem::take(bytes);
                    let length = if self.wrapper == Wrapper::Gzip { 8 } else { 4 };
                    if bytes.len() < length {
                        self.stage = Stage::Trailer(bytes);
                        continue;
                    }
                    self.check_trailer(&bytes)?;
                    self.stage = Stage::Done;
                }
                Stage::Done => {
                    // node's gunzip reads on into another member unless only zero padding
                    // (or nothing) follows.
                    if self.multi_member && input.get(consumed).is_some_and(|&byte| byte != 0) {
                        self.next_member();
                        continue;
                    }
                    return Ok(Progress { consumed, produced });
                }
            }
        }
        // Input ran out before the end of the stream: with Z_FINISH (and output room left)
        // that is zlib's Z_BUF_ERROR, which node reports as a truncated stream.
        if flush == Z_FINISH && produced < output.len() {
            return Err(ZError { message: "unexpected end of file", errno: Z_BUF_ERROR });
        }
        Ok(Progress { consumed, produced })
    }

    fn parse_header(&mut self, bytes: &[u8]) -> Result<HeaderState, ZError> {
        if bytes.len() < 2 {
            return Ok(HeaderState::Incomplete);
        }
        if bytes.len() == 2 {
            let is_gzip = bytes[0] == 0x1f && bytes[1] == 0x8b;
            match self.requested {
                Wrapper::Gzip if is_gzip => {}
                Wrapper::Detect if is_gzip => {
                    self.wrapper = Wrapper::Gzip;
                    self.checksum = Checksum::for_wrapper(Wrapper::Gzip);
                    self.multi_member = true;
                }
                Wrapper::Gzip => return Err(data_error("incorrect header check")),
                _ => return self.check_zlib_header(bytes[0], bytes[1]),
            }
            return Ok(HeaderState::Incomplete);
        }
        if self.wrapper == Wrapper::Zlib {
            // FDICT: the dictionary id follows, then zlib asks for the dictionary.
            return if bytes.len() == 6 { Err(ZError { message: "Missing dictionary", errno: Z_NEED_DICT }) } else { Ok(HeaderState::Incomplete) };
        }
        gzip_header_state(bytes)
    }

    fn check_zlib_header(&mut self, cmf: u8, flg: u8) -> Result<HeaderState, ZError> {
        if (u16::from(cmf) << 8 | u16::from(flg)) % 31 != 0 {
            return Err(data_error("incorrect header check"));
        }
        if cmf & 0x0f != 8 {
            return Err(data_error("unknown compression method"));
        }
        let window = u32::from(cmf >> 4) + 8;
        if window > 15 || (self.window_bits != 0 && window > self.window_bits) {
            return Err(data_error("invalid window size"));
        }
        if flg & 0x20 != 0 {
            return Ok(HeaderState::Incomplete);
        }
        Ok(HeaderState::Complete)
    }

    fn check_trailer(&self, bytes: &[u8]) -> Result<(), ZError> {
        let word = |range: std::ops::Range<usize>| -> [u8; 4] { bytes[range].try_into().expect("four bytes") };
        if self.wrapper == Wrapper::Gzip {
            if u32::from_le_bytes(word(0..4)) != self.checksum.value() {
                return Err(data_error("incorrect data check"));
            }
            if u32::from_le_bytes(word(4..8)) != self.total_out {
                return Err(data_error("incorrect length check"));
            }
        } else if u32::from_be_bytes(word(0..4)) != self.checksum.value() {
            return Err(data_error("incorrect data check"));
        }
        Ok(())
    }
}

enum HeaderState {
    Incomplete,
    Complete,
}

/// How far a gzip header (RFC 1952 §2.3) is read, given its bytes so far (at least two).
fn gzip_header_state(bytes: &[u8]) -> Result<HeaderState, ZError> {
    const FHCRC: u8 = 0x02;
    const FEXTRA: u8 = 0x04;
    const FNAME: u8 = 0x08;
    const FCOMMENT: u8 = 0x10;
    if bytes.len() == 3 && bytes[2] != 8 {
        return Err(data_error("unknown compression method"));
    }
    if bytes.len() == 4 && bytes[3] & 0xe0 != 0 {
        return Err(data_error("unknown header flags set"));
    }
    if bytes.len() < 10 {
        return Ok(HeaderState::Incomplete);
    }
    let flags = bytes[3];
    let mut position = 10;
    if flags & FEXTRA != 0 {
        if bytes.len() < position + 2 {
            return Ok(HeaderState::Incomplete);
        }
        position += 2 + usize::from(u16::from_le_bytes([bytes[position], bytes[position + 1]]));
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            match bytes.get(position..).and_then(|rest| rest.iter().position(|&byte| byte == 0)) {
                Some(end) => position += end + 1,
                None => return Ok(HeaderState::Incomplete),
            }
        }
    }
    if flags & FHCRC != 0 {
        if bytes.len() < position + 2 {
            return Ok(HeaderState::Incomplete);
        }
        let stored = u16::from_le_bytes([bytes[position], bytes[position + 1]]);
        if stored != (crc32fast::hash(&bytes[..position]) & 0xffff) as u16 {
            return Err(data_error("header crc mismatch"));
        }
        position += 2;
    }
    if bytes.len() < position {
        return Ok(HeaderState::Incomplete);
    }
    Ok(HeaderState::Complete)
}

/// zlib's message for a corrupt deflate body, where the first block's header tells it.
fn corrupt_body_message(start: &[u8]) -> &'static str {
    let Some(&first) = start.first() else { return "invalid deflate data" };
    match (first >> 1) & 3 {
        3 => "invalid block type",
        0 if start.len() >= 5 => {
            let length = u16::from_le_bytes([start[1], start[2]]);
            let complement = u16::from_le_bytes([start[3], start[4]]);
            if length != !complement {
                "invalid stored block lengths"
            } else {
                "invalid deflate data"
            }
        }
        _ => "invalid deflate data",
    }
}

/// One zlib stream of either direction.
enum Engine {
    Compress(Compressor),
    Decompress(Decompressor),
}

impl Engine {
    fn new(mode: Mode, level: i32, window_bits: u32, strategy: i32) -> Engine {
        match mode {
            Mode::Deflate => Engine::Compress(Compressor::new(Wrapper::Zlib, level, strategy)),
            Mode::Gzip => Engine::Compress(Compressor::new(Wrapper::Gzip, level, strategy)),
            Mode::DeflateRaw => Engine::Compress(Compressor::new(Wrapper::Raw, level, strategy)),
            Mode::Inflate => Engine::Decompress(Decompressor::new(Wrapper::Zlib, window_bits)),
            Mode::Gunzip => Engine::Decompress(Decompressor::new(Wrapper::Gzip, window_bits)),
            Mode::InflateRaw => Engine::Decompress(Decompressor::new(Wrapper::Raw, window_bits)),
            Mode::Unzip => Engine::Decompress(Decompressor::new(Wrapper::Detect, window_bits)),
        }
    }

    fn write(&mut self, input: &[u8], output: &mut [u8], flush: i32) -> Result<Progress, ZError> {
        match self {
            Engine::Compress(compressor) => Ok(compressor.write(input, output, flush)),
            Engine::Decompress(decompressor) => decompressor.write(input, output, flush),
        }
    }

    fn reset(&mut self) {
        match self {
            Engine::Compress(compressor) => compressor.reset(),
            Engine::Decompress(decompressor) => *decompressor = Decompressor::new(decompressor.requested, decompressor.window_bits),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Handles
// ---------------------------------------------------------------------------------------------

/// A handle's state: the engine, absent while a write runs on the blocking pool or after
/// `close`.
struct Handle {
    engine: Option<Box<Engine>>,
    busy: bool,
    closed: bool,
}

fn handle_of<'a>(ctx: &mut Context, value: Value) -> JsResult<&'a mut Handle> {
    if let Some(object) = value.as_object() {
        if let Some(ObjectKind::HostData(data)) = object.get_mut().kind_mut() {
            if let Some(handle) = data.downcast_mut::<Handle>() {
                return Ok(handle);
            }
        }
    }
    ctx.throw_type_error("Not a zlib handle")
}

fn integer_argument(value: Value, default: i32) -> i32 {
    match value.as_number() {
        Some(number) if number.is_finite() => number as i32,
        _ => default,
    }
}

/// create(mode, level, windowBits, strategy): a handle; the arguments were validated by JS.
fn create(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let Some(mode) = call.arg(0).as_number().and_then(Mode::from_number) else {
        return ctx.throw_type_error("Bad zlib mode");
    };
    let level = integer_argument(call.arg(1), -1);
    let window_bits = integer_argument(call.arg(2), 15).max(0) as u32;
    let strategy = integer_argument(call.arg(3), 0);
    let engine = Engine::new(mode, level, window_bits, strategy);
    let shape = ctx.root_shape;
    let handle = Handle { engine: Some(Box::new(engine)), busy: false, closed: false };
    let object = ctx.alloc(JsObject::new(shape, None, ObjectKind::HostData(Box::new(handle))));
    Ok(Value::object(object))
}

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

/// The arguments of a write: flush, input window, output window.
struct WriteArguments {
    flush: i32,
    input: Vec<u8>,
    out_offset: usize,
    out_length: usize,
}

fn index(value: Value) -> usize {
    match value.as_number() {
        Some(number) if number > 0.0 => number as usize,
        _ => 0,
    }
}

/// (flush, in, inOff, inLen, out, outOff, outLen) from `call.args[1..8]`, clamped to the
/// buffers. The input is copied: input and output may share one ArrayBuffer.
fn write_arguments(call: &NativeCall) -> WriteArguments {
    let flush = integer_argument(call.arg(1), Z_NO_FLUSH);
    let input = view_bytes(call.arg(2));
    let in_offset = index(call.arg(3)).min(input.len());
    let in_length = index(call.arg(4)).min(input.len() - in_offset);
    let output_length = view_bytes(call.arg(5)).len();
    let out_offset = index(call.arg(6)).min(output_length);
    let out_length = index(call.arg(7)).min(output_length - out_offset);
    WriteArguments { flush, input: input[in_offset..in_offset + in_length].to_vec(), out_offset, out_length }
}

/// Stores `[availOutAfter, availInAfter]` in the write-state Uint32Array.
fn store_write_state(state: Value, avail_out: usize, avail_in: usize) {
    let bytes = view_bytes(state);
    if bytes.len() >= 8 {
        bytes[0..4].copy_from_slice(&(avail_out as u32).to_ne_bytes());
        bytes[4..8].copy_from_slice(&(avail_in as u32).to_ne_bytes());
    }
}

/// `[message, errno]` for JavaScript to build node's error from.
fn error_info(ctx: &mut Context, error: &ZError) -> Value {
    let message = crate::string::from_str(ctx, error.message);
    Value::object(array::from_values(ctx, &[Value::string(message), Value::number(f64::from(error.errno))]))
}

/// writeSync(handle, flush, in, inOff, inLen, out, outOff, outLen, writeState): runs the
/// engine; undefined, or `[message, errno]` when the data is bad.
fn write_sync(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let arguments = write_arguments(call);
    let handle = handle_of(ctx, call.arg(0))?;
    if handle.busy {
        return ctx.throw_error(crate::error::ErrorKind::Error, "zlib handle is busy with a write");
    }
    let Some(engine) = handle.engine.as_mut() else { return ctx.throw_error(crate::error::ErrorKind::Error, "zlib binding closed") };
    let output = &mut view_bytes(call.arg(5))[arguments.out_offset..arguments.out_offset + arguments.out_length];
    match engine.write(&arguments.input, output, arguments.flush) {
        Ok(progress) => {
            store_write_state(call.arg(8), arguments.out_length - progress.produced, arguments.input.len() - progress.consumed);
            Ok(Value::UNDEFINED)
        }
        Err(error) => Ok(error_info(ctx, &error)),
    }
}

/// What a write on the blocking pool sends back: the engine, and the output or the error.
struct WriteDone {
    engine: Box<Engine>,
    result: Result<(Vec<u8>, Progress), ZError>,
    in_length: usize,
    out_length: usize,
}

/// write(handle, flush, in, inOff, inLen, out, outOff, outLen, writeState, callback): the
/// same on the blocking pool; `callback(undefined | [message, errno])` runs in the poll
/// phase (with `this` the handle) after the output and the write state are stored.
fn write_async(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let arguments = write_arguments(call);
    let handle = handle_of(ctx, call.arg(0))?;
    if handle.busy {
        return ctx.throw_error(crate::error::ErrorKind::Error, "zlib handle is busy with a write");
    }
    let Some(mut engine) = handle.engine.take() else { return ctx.throw_error(crate::error::ErrorKind::Error, "zlib binding closed") };
    handle.busy = true;
    let data = [call.arg(0), call.arg(5), Value::number(arguments.out_offset as f64), call.arg(8), call.arg(9)];
    let data = Value::object(array::from_values(ctx, &data));
    let WriteArguments { flush, input, out_length, .. } = arguments;
    let work = move || {
        let mut output = vec![0u8; out_length];
        let result = engine.write(&input, &mut output, flush).map(|progress| {
            output.truncate(progress.produced);
            (output, progress)
        });
        WriteDone { engine, result, in_length: input.len(), out_length }
    };
    crate::event_loop::io::spawn_blocking(ctx, work, write_done, data);
    Ok(Value::UNDEFINED)
}

fn write_done(ctx: &mut Context, data: Value, result: crate::event_loop::io::WorkResult) -> JsResult<()> {
    let Ok(done) = result.downcast::<WriteDone>() else { return Ok(()) };
    let Some(list) = data.as_object() else { return Ok(()) };
    let [handle_value, out, out_offset, write_state, callback] = match list.get().dense_elements() {
        [a, b, c, d, e] => [*a, *b, *c, *d, *e],
        _ => return Ok(()),
    };
    let WriteDone { engine, result, in_length, out_length } = *done;
    let handle = handle_of(ctx, handle_value)?;
    handle.busy = false;
    // A handle closed while the write ran stays closed; the callback still runs.
    if !handle.closed {
        handle.engine = Some(engine);
    }
    let argument = match result {
        Ok((output, progress)) => {
            let target = view_bytes(out);
            let start = index(out_offset).min(target.len());
            let count = output.len().min(target.len() - start);
            target[start..start + count].copy_from_slice(&output[..count]);
            store_write_state(write_state, out_length - progress.produced, in_length - progress.consumed);
            Value::UNDEFINED
        }
        Err(error) => error_info(ctx, &error),
    };
    function::call(ctx, callback, handle_value, &[argument])?;
    Ok(())
}

/// params(handle, level, strategy): later input is compressed with these (after the sync
/// flush that JavaScript does first).
fn params(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let level = integer_argument(call.arg(1), -1);
    let strategy = integer_argument(call.arg(2), 0);
    let handle = handle_of(ctx, call.arg(0))?;
    if let Some(engine) = handle.engine.as_mut() {
        if let Engine::Compress(compressor) = engine.as_mut() {
            compressor.set_params(level, strategy);
        }
    }
    Ok(Value::UNDEFINED)
}

/// reset(handle): the engine starts a new stream.
fn reset(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let handle = handle_of(ctx, call.arg(0))?;
    if let Some(engine) = handle.engine.as_mut() {
        engine.reset();
    }
    Ok(Value::UNDEFINED)
}

/// close(handle): frees the engine (after the write in flight, if any).
fn close(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let handle = handle_of(ctx, call.arg(0))?;
    handle.closed = true;
    handle.engine = None;
    Ok(Value::UNDEFINED)
}

/// crc32(data, value): CRC-32 of a string's UTF-8 bytes or of a view's bytes, continuing
/// from `value` (zlib's `crc32(value, data, length)`).
fn crc32(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let initial = conv::to_uint32(ctx, call.arg(1))?;
    let mut hasher = crc32fast::Hasher::new_with_initial(initial);
    match call.arg(0).as_string() {
        Some(string) => hasher.update(string.get().to_rust_string().as_bytes()),
        None => hasher.update(view_bytes(call.arg(0))),
    }
    Ok(Value::number(f64::from(hasher.finalize())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(engine: &mut Engine, input: &[u8], chunk: usize) -> Result<Vec<u8>, ZError> {
        let mut output = Vec::new();
        let mut offset = 0;
        loop {
            let mut buffer = vec![0u8; chunk];
            let progress = engine.write(&input[offset..], &mut buffer, Z_FINISH)?;
            offset += progress.consumed;
            output.extend_from_slice(&buffer[..progress.produced]);
            if progress.produced < chunk {
                return Ok(output);
            }
        }
    }

    #[test]
    fn every_wrapper_round_trips_through_small_buffers() {
        let text: Vec<u8> = (0..20000u32).map(|i| (i % 251) as u8 ^ (i / 97) as u8).collect();
        for (compress, decompress) in [(Mode::Deflate, Mode::Inflate), (Mode::Gzip, Mode::Gunzip), (Mode::DeflateRaw, Mode::InflateRaw), (Mode::Gzip, Mode::Unzip), (Mode::Deflate, Mode::Unzip)] {
            let packed = run(&mut Engine::new(compress, -1, 15, 0), &text, 64).expect("compresses");
            let unpacked = run(&mut Engine::new(decompress, -1, 0, 0), &packed, 100).expect("decompresses");
            assert_eq!(unpacked, text, "{compress:?} -> {decompress:?}");
        }
    }

    #[test]
    fn headers_are_zlibs() {
        let packed = run(&mut Engine::new(Mode::Deflate, -1, 15, 0), b"hello", 64).expect("compresses");
        assert_eq!(&packed[..2], &[0x78, 0x9c]);
        assert_eq!(&packed[packed.len() - 4..], &[0x06, 0x2c, 0x02, 0x15]);
        let packed = run(&mut Engine::new(Mode::Gzip, 9, 15, 0), b"hello", 64).expect("compresses");
        assert_eq!(&packed[..10], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]);
    }

    #[test]
    fn bad_input_gives_zlibs_errors() {
        let error = run(&mut Engine::new(Mode::Inflate, -1, 0, 0), b"garbage", 64).expect_err("bad header");
        assert_eq!(error, data_error("incorrect header check"));
        let error = run(&mut Engine::new(Mode::Gunzip, -1, 0, 0), b"garbage", 64).expect_err("bad header");
        assert_eq!(error, data_error("incorrect header check"));
        let error = run(&mut Engine::new(Mode::InflateRaw, -1, 0, 0), &[0xff, 0xff], 64).expect_err("bad block");
        assert_eq!(error, data_error("invalid block type"));
        let error = run(&mut Engine::new(Mode::Inflate, -1, 0, 0), &[], 64).expect_err("empty");
        assert_eq!(error.errno, Z_BUF_ERROR);
        let mut packed = run(&mut Engine::new(Mode::Gzip, -1, 15, 0), b"hello", 64).expect("compresses");
        let last = packed.len() - 5;
        packed[last] ^= 1;
        let error = run(&mut Engine::new(Mode::Gunzip, -1, 0, 0), &packed, 64).expect_err("bad crc");
        assert_eq!(error, data_error("incorrect data check"));
    }

    #[test]
    fn adler32_matches_the_rfc_example() {
        let mut adler = Adler32::new();
        adler.update(b"Wikipedia");
        assert_eq!(adler.value(), 0x11E60398);
    }
}
