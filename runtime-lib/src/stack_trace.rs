//! Stack traces for `Error.stack`: walks the frame-pointer chain from the current frame and
//! maps each return address into the compiled program's function table
//! (`kiln_abi::ProgramInfo`, emitted by the compiler as `kiln_program_info`).
//!
//! Compiled code keeps frame pointers and the runtime is built with
//! `-C force-frame-pointers=yes`, so the chain runs through runtime frames too; frames whose
//! return address is not in compiled code are skipped. A frame prints as node does:
//! `    at name (/abs/file.js:line:col)`, or `    at /abs/file.js:line:col` for anonymous
//! functions. The compiler names module top-level code `Object.<anonymous>`.

use crate::context::Context;
use crate::value::Value;
use kiln_abi::{FunctionInfo, ProgramInfo};
use std::ffi::CStr;

/// At most this many frames are recorded (V8's default `Error.stackTraceLimit`).
pub const STACK_TRACE_LIMIT: usize = 10;

/// How many own keys of each object on a receiver's chain are searched for a method that is
/// not found under its own name (V8 searches all; kiln names frames eagerly).
const MAX_KEYS_SEARCHED: usize = 256;

/// A sorted view of the program's function table for address lookups.
pub struct ProgramIndex {
    program: *const ProgramInfo,
    /// `(code start, code end, function index)` sorted by start.
    ranges: Vec<(usize, usize, usize)>,
}

impl ProgramIndex {
    /// Builds the index of `program`.
    ///
    /// # Safety
    /// `program` must be null or point at a valid table that outlives the index (it is static
    /// data of the binary).
    pub unsafe fn new(program: *const ProgramInfo) -> ProgramIndex {
        let mut ranges = Vec::new();
        if !program.is_null() {
            // SAFETY: `program` points at the compiler-emitted table, valid for the process.
            let info = unsafe { &*program };
            for index in 0..info.function_count as usize {
                // SAFETY: `functions` has `function_count` entries.
                let function = unsafe { &*info.functions.add(index) };
                let start = function.code as usize;
                ranges.push((start, start + function.code_size as usize, index));
            }
        }
        ranges.sort_unstable();
        ProgramIndex { program, ranges }
    }

    /// The code range `[start, end)` of the compiled function starting at `code`.
    pub fn range_of(&self, code: usize) -> Option<(usize, usize)> {
        self.ranges.iter().find(|&&(start, _, _)| start == code).map(|&(start, end, _)| (start, end))
    }

    /// The function (its table entry) whose code holds `return_address`, and the address's
    /// offset into that code.
    fn function_at(&self, return_address: usize) -> Option<(&'static FunctionInfo, u32)> {
        let position = self.ranges.partition_point(|&(start, _, _)| start <= return_address.wrapping_sub(1));
        let &(start, end, index) = self.ranges.get(position.checked_sub(1)?)?;
        if return_address <= start || return_address > end {
            return None;
        }
        // SAFETY: the index was built from this table, which is static.
        let function = unsafe { &*(*self.program).functions.add(index) };
        Some((function, (return_address - start) as u32))
    }

    /// Whether `return_address` lies in compiled code.
    pub fn contains(&self, return_address: usize) -> bool {
        self.function_at(return_address).is_some()
    }

    /// The `(file index, line, column)` of a return address in compiled code.
    pub fn locate(&self, return_address: usize) -> Option<(usize, u32, u32)> {
        let (function, offset) = self.function_at(return_address)?;
        let (line, column) = position_for(function, offset)?;
        Some((function.file as usize, line, column))
    }

    /// The path (or URL) of file `index`, as stack traces print it.
    pub fn file_name(&self, index: usize) -> String {
        // SAFETY: the index was built from this table, which is static.
        let info = unsafe { &*self.program };
        if (index as u64) < info.file_count {
            // SAFETY: `files` has `file_count` NUL-terminated strings.
            unsafe { c_text(*info.files.add(index)) }
        } else {
            String::new()
        }
    }

    /// The index of the file named `name` (as [`ProgramIndex::file_name`] prints it).
    pub fn file_index(&self, name: &str) -> Option<usize> {
        // SAFETY: the index was built from this table, which is static.
        let count = unsafe { (*self.program).file_count } as usize;
        (0..count).find(|&index| self.file_name(index) == name)
    }

    /// The whole text of file `index`, when the program keeps it (its own files do; node's
    /// core modules and JSON modules do not).
    pub fn file_text(&self, index: usize) -> Option<&'static str> {
        // SAFETY: the index was built from this table, which is static.
        let info: &'static ProgramInfo = unsafe { &*self.program };
        if info.file_sources.is_null() || info.source_text.is_null() {
            return None;
        }
        // SAFETY: a non-null `file_sources` has `file_source_count` entries.
        let ranges = unsafe { std::slice::from_raw_parts(info.file_sources, info.file_source_count as usize) };
        let range = ranges.iter().find(|range| range.function as usize == index)?;
        // SAFETY: the range lies in the blob, which holds whole UTF-8 file texts.
        let bytes = unsafe { std::slice::from_raw_parts(info.source_text.add(range.start as usize), range.length as usize) };
        std::str::from_utf8(bytes).ok()
    }

    /// The function holding `return_address` and the `file:line:column` it prints.
    fn frame_location(&self, return_address: usize) -> Option<(&'static FunctionInfo, String)> {
        let (function, offset) = self.function_at(return_address)?;
        let (line, column) = position_for(function, offset)?;
        let file = self.file_name(function.file as usize);
        Some((function, format!("{file}:{line}:{column}")))
    }
}

/// `name (location)`, or the bare location for a nameless frame.
fn frame_text(name: &str, location: &str) -> String {
    if name.is_empty() {
        location.to_string()
    } else {
        format!("{name} ({location})")
    }
}

/// The callee, receiver and `new.target` that the function's prologue stored in the frame
/// whose frame pointer is `frame` (`kiln_abi::call_record`).
fn call_record(function: &FunctionInfo, frame: usize) -> Option<(Value, Value, Value)> {
    if function.call_record == 0 {
        return None;
    }
    let base = frame.checked_sub(function.call_record as usize)?;
    use kiln_abi::call_record as record;
    // SAFETY: `frame` is the frame pointer of an active activation of `function`, whose
    // prologue stored the record at this distance below it before making any call.
    let read = |offset: i32| unsafe { Value::from_bits(*((base as isize + offset as isize) as *const u64)) };
    Some((read(record::CALLEE), read(record::THIS), read(record::NEW_TARGET)))
}

/// A frame's text as V8 writes it (`SerializeJSStackFrame`): `new Foo`, `Type.name [as
/// method]` for a method call, or the function's name alone, then the location.
#[inline(never)]
fn named_frame(ctx: &mut Context, function: &FunctionInfo, frame: usize, location: &str) -> String {
    // SAFETY: `name` is a NUL-terminated string (possibly empty).
    let static_name = unsafe { c_text(function.name) };
    let inferred = function.flags & kiln_abi::function_flags::INFERRED_NAME != 0;
    let Some((callee, receiver, new_target)) = call_record(function, frame) else {
        return frame_text(&static_name, location);
    };
    let callee = callee.as_object();
    // A function named at run time (a computed key) has its name only as a property.
    let name = match callee {
        Some(callee) if static_name.is_empty() => crate::object::function::name_of(callee, ctx.atoms.name),
        _ => static_name,
    };
    let text = frame_name(ctx, name, inferred, callee, receiver, new_target);
    frame_text(&text, location)
}

/// The name part of a frame (empty for a nameless function called without a receiver):
/// `new Name`, `Type.name [as method]`, or the name alone. `inferred`: `name` is V8's
/// inferred name, not the function's own.
fn frame_name(
    ctx: &mut Context,
    name: String,
    inferred: bool,
    callee: Option<crate::gc::Gc<crate::object::JsObject>>,
    receiver: Value,
    new_target: Value,
) -> String {
    if !new_target.is_undefined() {
        let name = if name.is_empty() { "<anonymous>" } else { &name };
        return format!("new {name}");
    }
    let global = Value::object(ctx.realm.global);
    let (Some(callee), false) = (callee, receiver.is_undefined() || receiver.is_null() || receiver == global) else {
        return name;
    };
    let type_name = receiver_type_name(ctx, receiver);
    // V8 looks a method up by the function's own name (not an inferred one), without the
    // `get `/`set ` of an accessor.
    let own_name = if inferred { "" } else { &name };
    let own_name = own_name.strip_prefix("get ").or_else(|| own_name.strip_prefix("set ")).unwrap_or(own_name);
    let method = method_name(ctx, receiver, callee, own_name);
    let mut text = String::new();
    if name.is_empty() {
        text.push_str(&type_name);
        text.push('.');
        text.push_str(method.as_deref().unwrap_or("<anonymous>"));
    } else {
        // node writes the receiver's type only before a name that is an identifier (not
        // before `get x`, `a.b`, `[sym]` or `1`), and not twice.
        if !type_name.is_empty() && is_identifier(&name) && !name.starts_with(type_name.as_str()) {
            text.push_str(&type_name);
            text.push('.');
        }
        text.push_str(&name);
        if let Some(method) = method.filter(|method| !ends_with_method(&name, method)) {
            text.push_str(" [as ");
            text.push_str(&method);
            text.push(']');
        }
    }
    text
}

/// A call of a built-in that stack traces show (`function::FLAG_NATIVE_FRAME`), kept on the
/// native stack by the native entry while the built-in runs and listed from
/// `Context::native_frames`.
pub struct NativeFrame {
    /// The next outer one (null: none).
    pub previous: *const NativeFrame,
    /// The frame pointer of the native entry.
    boundary: usize,
    callee: Value,
    this: Value,
    new_target: Value,
}

impl NativeFrame {
    /// The record of `call`, made in the native entry (whose frame pointer it keeps).
    #[inline(always)]
    pub fn new(ctx: &Context, call: &crate::object::function::NativeCall) -> NativeFrame {
        NativeFrame {
            previous: ctx.native_frames,
            boundary: frame_pointer(),
            callee: call.callee,
            this: call.this,
            new_target: call.new_target,
        }
    }
}

/// A built-in's frame as V8 writes it: `Array.map (<anonymous>)`, `new Map (<anonymous>)`.
#[inline(never)]
fn native_frame_text(ctx: &mut Context, frame: (Value, Value, Value)) -> String {
    let (callee, receiver, new_target) = frame;
    let callee = callee.as_object();
    let name = callee.map(|callee| crate::object::function::name_of(callee, ctx.atoms.name)).unwrap_or_default();
    let text = frame_name(ctx, name, false, callee, receiver, new_target);
    let text = if text.is_empty() { "<anonymous>" } else { &text };
    format!("{text} (<anonymous>)")
}

/// Whether `name` equals `method` or ends with `.method` (V8's `StringEndsWithMethodName`).
fn ends_with_method(name: &str, method: &str) -> bool {
    name == method || name.strip_suffix(method).is_some_and(|head| head.ends_with('.'))
}

/// Whether `text` reads as an identifier: a letter, `$` or `_`, then letters, digits, `$`, `_`
/// (any non-ASCII character counts as a letter: no Unicode tables in every binary for this).
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return false };
    let letter = |c: char| c.is_ascii_alphabetic() || c == '$' || c == '_' || !c.is_ascii();
    letter(first) && chars.all(|c| letter(c) || c.is_ascii_digit())
}

/// The object whose chain a method of `receiver` is looked up on (a primitive's prototype).
fn receiver_object(ctx: &Context, receiver: Value) -> Option<crate::gc::Gc<crate::object::JsObject>> {
    receiver.as_object().or_else(|| crate::object::ops::prototype_of_primitive(ctx, receiver))
}

/// V8's type name of a method call's receiver: a class's own name, else the first own
/// string `Symbol.toStringTag` or (past the receiver itself) named `constructor` other than
/// `Object` along the chain, else the kind of object.
#[inline(never)]
fn receiver_type_name(ctx: &mut Context, receiver: Value) -> String {
    use crate::object::{ObjectKind, OwnProperty};
    let primitive = if receiver.is_string() {
        "String"
    } else if receiver.is_number() {
        "Number"
    } else if receiver.is_boolean() {
        "Boolean"
    } else if receiver.is_symbol() {
        "Symbol"
    } else if receiver.is_bigint() {
        "BigInt"
    } else {
        ""
    };
    if !primitive.is_empty() {
        return primitive.to_string();
    }
    let Some(object) = receiver.as_object() else { return String::new() };
    if matches!(object.get().kind(), ObjectKind::Proxy(_)) {
        return "Proxy".to_string();
    }
    // A class is its own name (other functions are `Function`, `AsyncFunction`, ...).
    if object.get().function().is_some_and(|function| function.is_class_constructor()) {
        let name = crate::object::function::name_of(object, ctx.atoms.name);
        if !name.is_empty() {
            return name;
        }
    }
    // A generator object is named after its generator function (V8: the map's constructor).
    if let ObjectKind::Generator(data) = object.get().kind() {
        if !data.frame.is_null() {
            if let Some(function) = crate::generator::frame::frame_callee(data.frame).as_object() {
                let name = crate::object::function::name_of(function, ctx.atoms.name);
                if !name.is_empty() {
                    return name;
                }
            }
        }
    }
    let tag_key = crate::object::PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let constructor_key = crate::object::PropertyKey::String(ctx.atoms.constructor);
    let mut current = Some(object);
    while let Some(holder) = current {
        if matches!(holder.get().kind(), ObjectKind::Proxy(_)) {
            break;
        }
        if let Some(OwnProperty::Data { value, .. }) = crate::object::ops::own_lookup(ctx, holder, tag_key) {
            if let Some(tag) = value.as_string() {
                return tag.get().to_rust_string();
            }
        }
        if holder != object {
            if let Some(OwnProperty::Data { value, .. }) = crate::object::ops::own_lookup(ctx, holder, constructor_key) {
                if let Some(constructor) = value.as_object().filter(|constructor| constructor.get().is_callable()) {
                    let name = crate::object::function::name_of(constructor, ctx.atoms.name);
                    if !name.is_empty() && name != "Object" {
                        return name;
                    }
                }
            }
        }
        current = holder.get().prototype();
    }
    let cell = object.get();
    if cell.is_callable() {
        "Function"
    } else if cell.is_array() {
        "Array"
    } else if cell.is_error() {
        "Error"
    } else {
        "Object"
    }
    .to_string()
}

/// V8's method name of a call: `name` when the receiver's chain finds `callee` there (as a
/// value, getter or setter), else the one own enumerable string key along the chain that
/// holds it (none when several do).
#[inline(never)]
fn method_name(
    ctx: &mut Context,
    receiver: Value,
    callee: crate::gc::Gc<crate::object::JsObject>,
    name: &str,
) -> Option<String> {
    use crate::object::{ObjectKind, OwnProperty};
    let object = receiver_object(ctx, receiver)?;
    let holds = |property: Option<OwnProperty>| match property {
        Some(OwnProperty::Data { value, .. }) => value.as_object() == Some(callee),
        Some(OwnProperty::Accessor { getter, setter, .. }) => {
            getter.as_object() == Some(callee) || setter.as_object() == Some(callee)
        }
        None => false,
    };
    let is_proxy = |object: crate::gc::Gc<crate::object::JsObject>| matches!(object.get().kind(), ObjectKind::Proxy(_));
    if !name.is_empty() {
        let key = ctx.key(name);
        let mut current = Some(object);
        while let Some(holder) = current.filter(|holder| !is_proxy(*holder)) {
            if let Some(property) = crate::object::ops::own_lookup(ctx, holder, key) {
                if holds(Some(property)) {
                    return Some(name.to_string());
                }
                break;
            }
            current = holder.get().prototype();
        }
    }
    let mut found = None;
    let mut current = Some(object);
    while let Some(holder) = current.filter(|holder| !is_proxy(*holder)) {
        // Named keys only, and not too many: the frames are named when the Error is made.
        for key in crate::object::ops::own_named_keys(holder).into_iter().take(MAX_KEYS_SEARCHED) {
            if key.is_symbol() {
                continue;
            }
            let property = crate::object::ops::own_lookup(ctx, holder, key);
            if property.as_ref().is_some_and(|property| property.enumerable()) && holds(property) {
                if found.is_some() {
                    return None;
                }
                found = Some(key.display());
            }
        }
        current = holder.get().prototype();
    }
    found
}

/// The `(line, column)` of the first position entry whose offset is >= `offset` (else the
/// last entry's).
fn position_for(function: &FunctionInfo, offset: u32) -> Option<(u32, u32)> {
    if function.positions.is_null() || function.position_count == 0 {
        return None;
    }
    // SAFETY: `positions` holds `position_count` encoded entries (the compiler's table).
    let entries = unsafe { kiln_abi::PositionDecoder::new(function.positions, function.position_count) };
    let mut last = None;
    for (entry_offset, line, column) in entries {
        last = Some((line, column));
        if entry_offset >= offset {
            break;
        }
    }
    last
}

/// Reads a NUL-terminated string (null reads as "").
///
/// # Safety
/// `text` must be null or point at a NUL-terminated string.
unsafe fn c_text(text: *const u8) -> String {
    if text.is_null() {
        return String::new();
    }
    // SAFETY: per the contract.
    unsafe { CStr::from_ptr(text.cast()) }.to_string_lossy().into_owned()
}

/// The current frame's frame pointer.
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: reads rbp; no memory access.
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: reads x29; no memory access.
    unsafe {
        std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    fp
}

/// The return address of the calling function's caller: called (inlined) in a runtime entry
/// point, the address in compiled code that called it.
#[inline(always)]
pub fn caller_return_address() -> usize {
    let fp = frame_pointer();
    // SAFETY: with frame pointers kept, the current frame record is (saved frame pointer,
    // return address).
    unsafe { *((fp + 8) as *const usize) }
}

/// The return address into the innermost compiled function on the stack (0 when none is):
/// where a runtime function that throws was called from.
#[inline(never)]
pub fn innermost_compiled_return_address(ctx: &Context) -> usize {
    let Some(index) = ctx.program_index() else { return 0 };
    let mut fp = frame_pointer();
    let low = fp;
    let high = ctx.stack_top();
    while fp >= low && fp + 16 <= high && fp.is_multiple_of(8) {
        // SAFETY: as in `capture_above`: a frame record within the thread's stack.
        let (next, return_address) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if index.contains(return_address) {
            return return_address;
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
    0
}

/// A runtime call that node makes as a method call on an object of its own: the frame pointer
/// of [`call_as_method`] while it runs, and the receiver's type and the method's name.
#[derive(Copy, Clone)]
pub struct MethodFrame {
    boundary: usize,
    type_name: &'static str,
    method: &'static str,
    /// The receiver (rooted by the caller of [`call_as_method`] for the call's duration).
    receiver: crate::gc::Gc<crate::object::JsObject>,
    /// Whether the receiver still holds the callback as the method: V8 looks the name up
    /// when the trace is taken, and `clearTimeout` inside the callback removes it.
    still_bound: fn(crate::gc::Gc<crate::object::JsObject>) -> bool,
}

/// Calls `callback` the way node calls a timer's callback (`timer._onTimeout()`): V8 names
/// the callback's frame after the receiver and the method, `Timeout._onTimeout` for an
/// anonymous function and `Timeout.tick [as _onTimeout]` for one named `tick`.
#[inline(never)]
pub fn call_as_method(
    ctx: &mut Context,
    (type_name, method, still_bound): (&'static str, &'static str, fn(crate::gc::Gc<crate::object::JsObject>) -> bool),
    callback: Value,
    receiver: crate::gc::Gc<crate::object::JsObject>,
    args: &[Value],
) -> crate::error::JsResult<Value> {
    let boundary = frame_pointer();
    ctx.method_frames.push(MethodFrame { boundary, type_name, method, receiver, still_bound });
    let result = crate::object::function::call(ctx, callback, Value::object(receiver), args);
    ctx.method_frames.pop();
    result
}

/// `name (file:1:2)` or `file:1:2` as the frame of a method call `type_name.method`
/// (`type_name.name` and `type_name.<anonymous>` once the receiver no longer holds it).
fn method_frame_line(line: &str, frame: &MethodFrame) -> String {
    let type_name = frame.type_name;
    let method = (frame.still_bound)(frame.receiver).then_some(frame.method);
    match (line.split_once(" ("), method) {
        (Some((name, location)), Some(method)) if line.ends_with(')') && name != method => {
            format!("{type_name}.{name} [as {method}] ({location}")
        }
        (Some((name, location)), _) if line.ends_with(')') => format!("{type_name}.{name} ({location}"),
        (_, Some(method)) => format!("{type_name}.{method} ({line})"),
        (_, None) => format!("{type_name}.<anonymous> ({line})"),
    }
}

/// How a recorded frame line gets its final text once the walk is done.
enum Naming {
    /// A compiled function's frame, named from its call record.
    Compiled(&'static FunctionInfo, String),
    /// A built-in's frame: its callee, receiver and `new.target`.
    Native(Value, Value, Value),
    /// The line is final.
    Done,
}

/// The formatted frame lines (`"\n    at …"` each) of the JS frames on the current stack.
#[inline(never)]
pub fn capture(ctx: &mut Context) -> String {
    capture_above(ctx, None)
}

/// Like [`capture`], but when `above` is the code address of a compiled function, the frames
/// up to and including its topmost activation are left out (V8's `constructorOpt`); none are
/// recorded when it is not on the stack.
#[inline(never)]
pub fn capture_above(ctx: &mut Context, above: Option<usize>) -> String {
    let Some(index) = ctx.program_index() else { return String::new() };
    let mut skipping = above.and_then(|code| index.range_of(code));
    if above.is_some() && skipping.is_none() {
        return String::new();
    }
    let mut fp = frame_pointer();
    let low = fp;
    let high = ctx.stack_top();
    // (the frame's address, its text) of the frames recorded, and where each names its
    // function by its receiver, the function and the frame pointer to do so with.
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut named: Vec<Naming> = Vec::new();
    let limit = crate::builtins::error::stack_trace_limit(ctx);
    // Method calls the runtime is making, outermost first: the innermost that lies above
    // `fp` is popped once the walk reaches its frame.
    let mut methods: Vec<MethodFrame> = ctx.method_frames.iter().copied().filter(|frame| frame.boundary > fp).collect();
    // The built-ins running above this frame, innermost first: (boundary, callee, this,
    // new.target).
    let mut natives = Vec::new();
    let mut native = ctx.native_frames;
    while !native.is_null() {
        // SAFETY: each record lives in the frame of a native entry that is still running
        // (it unlinks its record before returning).
        let record = unsafe { &*native };
        if record.boundary > fp {
            natives.push((record.boundary, record.callee, record.this, record.new_target));
        }
        native = record.previous;
    }
    natives.reverse();
    // The frame of the outermost compiled function seen so far (recorded or past the limit).
    let mut last_compiled = 0;
    while fp >= low && fp + 16 <= high && fp.is_multiple_of(8) && (lines.len() < limit || !methods.is_empty()) {
        // SAFETY: `fp` lies within [current frame, stack top), which is mapped stack memory;
        // a frame record is (saved frame pointer, return address).
        let (next, return_address) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some(method) = methods.last().copied().filter(|method| fp >= method.boundary) {
            // The compiled frame nearest below the runtime's method call is the callback's.
            methods.pop();
            if let Some((_, line)) = lines.last_mut().filter(|(frame, _)| *frame < method.boundary && *frame == last_compiled) {
                *line = method_frame_line(line, &method);
                if let Some(last) = named.last_mut() {
                    *last = Naming::Done;
                }
            }
        }
        // A built-in's frame comes between its callee's and its caller's.
        while let Some(&(boundary, callee, this, new_target)) = natives.last().filter(|native| fp >= native.0) {
            natives.pop();
            if skipping.is_none() && lines.len() < limit {
                lines.push((boundary, String::new()));
                named.push(Naming::Native(callee, this, new_target));
            }
        }
        if let Some((start, end)) = skipping {
            // A frame whose return address lies in the function is an activation of it.
            if return_address > start && return_address <= end {
                skipping = None;
            }
        } else if let Some((function, location)) = index.frame_location(return_address) {
            // The return address is in the caller, whose frame record is `next`.
            last_compiled = next;
            if lines.len() < limit {
                // SAFETY: `name` is a NUL-terminated string (possibly empty).
                let name = unsafe { c_text(function.name) };
                lines.push((next, frame_text(&name, &location)));
                named.push(Naming::Compiled(function, location));
            }
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
    // Named once the walk is done: looking up method names may allocate.
    let mut text = String::new();
    for ((frame, line), naming) in lines.into_iter().zip(named) {
        text.push_str("\n    at ");
        match naming {
            Naming::Compiled(function, location) => text.push_str(&named_frame(ctx, function, frame, &location)),
            Naming::Native(callee, this, new_target) => text.push_str(&native_frame_text(ctx, (callee, this, new_target))),
            Naming::Done => text.push_str(&line),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_return_addresses_to_positions() {
        let mut positions = Vec::new();
        kiln_abi::encode_position(&mut positions, (0, 0), (10, 3, 5));
        kiln_abi::encode_position(&mut positions, (10, 3), (40, 7, 1));
        let code = [0u8; 64];
        let functions = [FunctionInfo {
            code: code.as_ptr(),
            code_size: 64,
            name: c"foo".as_ptr().cast(),
            file: 0,
            position_count: 2,
            positions: positions.as_ptr(),
            call_record: 0,
            flags: 0,
        }];
        let files = [c"/abs/app.js".as_ptr().cast::<u8>()];
        let program = ProgramInfo {
            function_count: 1,
            functions: functions.as_ptr(),
            file_count: 1,
            files: files.as_ptr(),
            module_count: 0,
            modules: std::ptr::null(),
            statics: std::ptr::null_mut(),
            static_count: 0,
            native_count: 0,
            natives: std::ptr::null(),
            source_text: std::ptr::null(),
            function_source_count: 0,
            function_sources: std::ptr::null(),
            file_source_count: 0,
            file_sources: std::ptr::null(),
        };
        // SAFETY: `program` and the arrays it points at outlive `index`.
        let index = unsafe { ProgramIndex::new(&program) };
        let base = code.as_ptr() as usize;
        let location = |address: usize| index.frame_location(address).map(|(_, location)| location);
        assert_eq!(location(base + 8).as_deref(), Some("/abs/app.js:3:5"));
        assert_eq!(location(base + 10).as_deref(), Some("/abs/app.js:3:5"));
        assert_eq!(location(base + 11).as_deref(), Some("/abs/app.js:7:1"));
        assert_eq!(location(base + 200), None);
        let (function, _) = index.frame_location(base + 8).expect("in the code");
        // SAFETY: the table's name is a NUL-terminated string.
        assert_eq!(unsafe { c_text(function.name) }, "foo");
    }

    #[test]
    fn method_names_follow_v8() {
        assert!(ends_with_method("run", "run"));
        assert!(ends_with_method("exports.run", "run"));
        assert!(!ends_with_method("get run", "run"));
        assert!(!ends_with_method("prerun", "run"));
        assert!(is_identifier("$d") && is_identifier("_x1") && is_identifier("é"));
        assert!(!is_identifier("1x") && !is_identifier("a b") && !is_identifier("a.b") && !is_identifier(""));
    }
}
