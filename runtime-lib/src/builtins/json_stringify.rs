//! JSON.stringify (§25.5.2): SerializeJSONProperty, SerializeJSONObject and
//! SerializeJSONArray written to one UTF-16 buffer, with the replacer function or property
//! list, the gap, `toJSON`, boxed primitives, well-formed escaping of lone surrogates, and V8's
//! multi-line TypeError for circular structures:
//!
//! ```text
//! Converting circular structure to JSON
//!     --> starting at object with constructor 'Object'
//!     |     property 'a' -> object with constructor 'Object'
//!     --- property 'b' closes the circle
//! ```

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::iteration::length_of_array_like;
use crate::object::function::{self, NativeCall};
use crate::object::shape::Shape;
use crate::object::{ops, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::string::{JsString, StrView, MAX_STRING_LENGTH};
use crate::value::{conv, Value};

/// V8 prints this many objects after the start of a circle, then `...`, then the last one.
const CIRCLE_PREFIX_LINES: usize = 2;
const CIRCLE_POSTFIX_LINES: usize = 1;

/// JSON.stringify ( value [ , replacer [ , space ] ] ) (§25.5.2).
pub fn stringify(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let (value, replacer, space) = (call.arg(0), call.arg(1), call.arg(2));
    let mut state = State {
        replacer_function: Value::UNDEFINED,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: Vec::new(),
        out: Vec::new(),
        to_json_key: ctx.key("toJSON"),
    };
    // Step 4: the replacer.
    // The property list's keys are atoms or indices, so a Rust vector holds them safely.
    if let Some(replacer_object) = replacer.as_object() {
        if replacer_object.get().is_callable() {
            state.replacer_function = replacer;
        } else if crate::builtins::proxy::is_array(ctx, replacer)? {
            state.property_list = Some(property_list(ctx, replacer_object)?);
        }
    }
    // Step 5: a boxed space is unboxed.
    let mut space = space;
    if let Some(space_object) = space.as_object() {
        match *space_object.get().kind() {
            ObjectKind::Number(_) => space = Value::number(conv::to_number(ctx, space)?),
            ObjectKind::String(_) => space = Value::string(conv::to_string(ctx, space)?),
            _ => {}
        }
    }
    // Steps 6-8: the gap.
    if let Some(number) = space.as_number() {
        let count = conv::to_integer_or_infinity(ctx, Value::number(number))?.min(10.0);
        if count >= 1.0 {
            state.gap = vec![b' ' as u16; count as usize];
        }
    } else if let Some(text) = space.as_string() {
        state.gap = text.get().units().take(10).collect();
    }
    // Steps 9-12: serialize the wrapper's "" property.
    let wrapper = ctx.new_object();
    let empty = PropertyKey::String(ctx.atoms.empty);
    ops::create_data_property_or_throw(ctx, wrapper, empty, value)?;
    let key = Value::string(ctx.atoms.empty);
    if !serialize_property(ctx, &mut state, wrapper, key, StackKey::Property(empty))? {
        return Ok(Value::UNDEFINED);
    }
    if state.out.len() > MAX_STRING_LENGTH {
        return ctx.throw_range_error("Invalid string length");
    }
    Ok(Value::string(ctx.alloc_string(StrView::Utf16(&state.out))))
}

/// Node's `tryStringify` for the `%j` format: `JSON.stringify(value)` as text (`undefined`
/// when it gives undefined), or `[Circular]` when the value contains a cycle.
pub fn try_stringify(ctx: &mut Context, value: Value) -> JsResult<String> {
    let callee = Value::UNDEFINED;
    let call = NativeCall { callee, this: Value::UNDEFINED, args: &[value], new_target: Value::UNDEFINED };
    match stringify(ctx, &call) {
        Ok(result) => Ok(match result.as_string() {
            Some(text) => text.get().to_rust_string(),
            None => "undefined".to_string(),
        }),
        Err(throw) => {
            let exception = ctx.exception;
            let circular = exception.as_object().is_some_and(|error| {
                error.get().is_error() && crate::error::error_header(ctx, error).starts_with("TypeError: Converting circular structure to JSON")
            });
            if circular {
                ctx.exception = Value::UNDEFINED;
                return Ok("[Circular]".to_string());
            }
            Err(throw)
        }
    }
}

/// The PropertyList of an array replacer (§25.5.2 step 4.b): strings, numbers and their
/// wrappers, converted to keys, without duplicates.
fn property_list(ctx: &mut Context, replacer: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
    let mut list = Vec::new();
    let length = length_of_array_like(ctx, replacer)?;
    for index in 0..length {
        let element = super::operations::get_index(ctx, replacer, index)?;
        let item = if element.is_string() || element.is_number() {
            Some(conv::to_string(ctx, element)?)
        } else if let Some(object) = element.as_object() {
            match *object.get().kind() {
                ObjectKind::String(_) | ObjectKind::Number(_) => Some(conv::to_string(ctx, element)?),
                _ => None,
            }
        } else {
            None
        };
        if let Some(item) = item {
            let key = ctx.key_from_string(item);
            if !list.contains(&key) {
                list.push(key);
            }
        }
    }
    Ok(list)
}

/// How an object on the stack was reached, for the circular-structure message.
#[derive(Copy, Clone)]
enum StackKey {
    /// An array element.
    Index(u32),
    /// An object property (atoms and indices need no rooting).
    Property(PropertyKey),
}

struct State {
    replacer_function: Value,
    property_list: Option<Vec<PropertyKey>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialized, outermost first, with the key each was reached by. The
    /// objects are also held by the serializing frames' locals.
    stack: Vec<(StackKey, Gc<JsObject>)>,
    out: Vec<u16>,
    to_json_key: PropertyKey,
}

impl State {
    fn push_str(&mut self, text: &str) {
        self.out.extend(text.encode_utf16());
    }
}

/// SerializeJSONProperty ( state, key, holder ) (§25.5.2.2): appends the serialization of
/// `holder[key]`; false (and nothing appended) when it is undefined.
fn serialize_property(ctx: &mut Context, state: &mut State, holder: Gc<JsObject>, key: Value, stack_key: StackKey) -> JsResult<bool> {
    // Step 1.
    let property_key = match stack_key {
        StackKey::Index(index) => PropertyKey::Index(index),
        StackKey::Property(key) => key,
    };
    let value = ops::get_property(ctx, holder, property_key)?;
    serialize_value(ctx, state, holder, key, value, stack_key)
}

/// SerializeJSONProperty from step 2, with the value read: false when it serializes to
/// nothing (undefined, a function, a symbol).
fn serialize_value(ctx: &mut Context, state: &mut State, holder: Gc<JsObject>, key: Value, value: Value, stack_key: StackKey) -> JsResult<bool> {
    let mut value = value;
    // Step 2: toJSON.
    if value.is_object() || value.is_bigint() {
        let to_json = ops::get_value(ctx, value, state.to_json_key)?;
        if to_json.is_callable() {
            value = function::call(ctx, to_json, value, &[key])?;
        }
    }
    // Step 3: the replacer function.
    if !state.replacer_function.is_undefined() {
        value = function::call(ctx, state.replacer_function, Value::object(holder), &[key, value])?;
    }
    // Step 4: unbox.
    if let Some(object) = value.as_object() {
        match *object.get().kind() {
            ObjectKind::Number(_) => value = Value::number(conv::to_number(ctx, value)?),
            ObjectKind::String(_) => value = Value::string(conv::to_string(ctx, value)?),
            ObjectKind::Boolean(boolean) => value = Value::boolean(boolean),
            _ => {}
        }
    }
    // Steps 5-11.
    if value.is_null() {
        state.push_str("null");
    } else if let Some(boolean) = value.as_boolean() {
        state.push_str(if boolean { "true" } else { "false" });
    } else if let Some(string) = value.as_string() {
        quote(&mut state.out, string.get());
    } else if let Some(number) = value.as_number() {
        if number.is_finite() {
            let text = crate::text::number::number_to_string(number);
            state.push_str(&text);
        } else {
            state.push_str("null");
        }
    } else if value.is_bigint() {
        return ctx.throw_type_error("Do not know how to serialize a BigInt");
    } else if let Some(object) = value.as_object().filter(|object| !object.get().is_callable()) {
        if crate::builtins::proxy::is_array(ctx, value)? {
            serialize_array(ctx, state, object, stack_key)?;
        } else {
            serialize_object(ctx, state, object, stack_key)?;
        }
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// Pushes `object` on the stack, or throws the circular-structure TypeError.
fn enter(ctx: &mut Context, state: &mut State, object: Gc<JsObject>, stack_key: StackKey) -> JsResult<()> {
    ctx.check_stack()?;
    if let Some(start) = state.stack.iter().position(|&(_, seen)| seen == object) {
        let message = circular_message(ctx, state, start, stack_key);
        return ctx.throw_type_error(&message);
    }
    state.stack.push((stack_key, object));
    Ok(())
}

/// Appends the separator before a member: `,` after the first, then a newline and the indent
/// when there is a gap.
fn member_separator(state: &mut State, first: bool) {
    if !first {
        state.out.push(b',' as u16);
    }
    if !state.gap.is_empty() {
        state.out.push(b'\n' as u16);
        let indent = state.indent.clone();
        state.out.extend_from_slice(&indent);
    }
}

/// Closes a non-empty object or array: newline and the outer indent when there is a gap.
fn close(state: &mut State, stepback: &[u16], bracket: u8) {
    if !state.gap.is_empty() {
        state.out.push(b'\n' as u16);
        state.out.extend_from_slice(stepback);
    }
    state.out.push(bracket as u16);
}

/// SerializeJSONObject ( state, value ) (§25.5.2.5).
fn serialize_object(ctx: &mut Context, state: &mut State, object: Gc<JsObject>, stack_key: StackKey) -> JsResult<()> {
    enter(ctx, state, object, stack_key)?;
    let stepback = state.indent.clone();
    let gap = state.gap.clone();
    state.indent.extend_from_slice(&gap);
    // A plain object's keys and values come from its shape and slots while its shape stays
    // (a toJSON or replacer may change it; later values are then read with [[Get]]).
    let plain = if state.property_list.is_none() { plain_entries(object) } else { None };
    let keys = match (&state.property_list, &plain) {
        (Some(list), _) => list.iter().map(|&key| (key, None)).collect(),
        (None, Some((_, entries))) => entries.iter().map(|&(key, slot)| (key, Some(slot))).collect(),
        (None, None) => enumerable_own_keys(ctx, object)?.into_iter().map(|key| (key, None)).collect::<Vec<_>>(),
    };
    let shape = plain.map(|(shape, _)| shape);
    state.out.push(b'{' as u16);
    let mut first = true;
    for (key, slot) in keys {
        let mark = state.out.len();
        member_separator(state, first);
        let key_string = key.to_value(ctx);
        if let Some(string) = key_string.as_string() {
            quote(&mut state.out, string.get());
        }
        state.out.push(b':' as u16);
        if !state.gap.is_empty() {
            state.out.push(b' ' as u16);
        }
        let direct = match slot {
            Some(slot) if Some(object.get().shape()) == shape => object.get().slots.get(slot as usize).filter(|value| !value.is_hole()),
            _ => None,
        };
        let serialized = match direct {
            Some(value) => serialize_value(ctx, state, object, key_string, value, StackKey::Property(key))?,
            None => serialize_property(ctx, state, object, key_string, StackKey::Property(key))?,
        };
        if serialized {
            first = false;
        } else {
            state.out.truncate(mark);
        }
    }
    if first {
        state.out.push(b'}' as u16);
    } else {
        close(state, &stepback, b'}');
    }
    state.stack.pop();
    state.indent = stepback;
    Ok(())
}

/// SerializeJSONArray ( state, value ) (§25.5.2.6).
fn serialize_array(ctx: &mut Context, state: &mut State, array: Gc<JsObject>, stack_key: StackKey) -> JsResult<()> {
    enter(ctx, state, array, stack_key)?;
    let stepback = state.indent.clone();
    let gap = state.gap.clone();
    state.indent.extend_from_slice(&gap);
    let length = length_of_array_like(ctx, array)?;
    state.out.push(b'[' as u16);
    for index in 0..length {
        member_separator(state, index == 0);
        let key = if index < u32::MAX as u64 {
            let index_string = ctx.index_string(index as u32);
            (Value::string(index_string), StackKey::Index(index as u32))
        } else {
            let property = ctx.key(&index.to_string());
            (property.to_value(ctx), StackKey::Property(property))
        };
        if !serialize_property(ctx, state, array, key.0, key.1)? {
            state.push_str("null");
        }
        if state.out.len() > MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
    }
    if length == 0 {
        state.out.push(b']' as u16);
    } else {
        close(state, &stepback, b']');
    }
    state.stack.pop();
    state.indent = stepback;
    Ok(())
}

/// EnumerableOwnProperties(O, key) (§7.3.23): own enumerable string keys in order.
/// The enumerable own properties of an ordinary object whose named properties are all data
/// properties in its shape and which has no elements: its shape, and each enumerable
/// string key with its slot, in property order. None for every other object.
fn plain_entries(object: Gc<JsObject>) -> Option<(Gc<Shape>, Vec<(PropertyKey, u32)>)> {
    let cell = object.get();
    if !matches!(*cell.kind(), ObjectKind::Ordinary) || cell.is_dictionary() || cell.has_sparse_elements() || !cell.dense_elements().is_empty() {
        return None;
    }
    let shape = cell.shape();
    let keys = shape.get().keys();
    let mut entries = Vec::with_capacity(keys.len());
    for (slot, (key, attributes)) in keys.into_iter().enumerate() {
        match key {
            _ if attributes.is_accessor() => return None,
            PropertyKey::Index(_) => return None,
            PropertyKey::String(_) if attributes.enumerable() => entries.push((key, slot as u32)),
            PropertyKey::String(_) | PropertyKey::Symbol(_) => {}
        }
    }
    Some((shape, entries))
}

fn enumerable_own_keys(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
    let all = ops::own_property_keys_js(ctx, object)?;
    let mut keys = Vec::with_capacity(all.len());
    for key in all.into_iter().filter(|key| !key.is_symbol()) {
        if ops::get_own_property(ctx, object, key)?.is_some_and(|property| property.enumerable()) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// QuoteJSONString ( value ) (§25.5.2.3), with lone surrogates escaped (well-formed
/// JSON.stringify).
fn quote(out: &mut Vec<u16>, string: &JsString) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let view = string.view();
    if let StrView::Latin1(bytes) = view {
        // Latin-1 text has no surrogates: runs of plain characters are copied whole.
        out.reserve(bytes.len() + 2);
        out.push(b'"' as u16);
        let mut rest = bytes;
        while let Some(at) = rest.iter().position(|&byte| byte < 0x20 || byte == b'"' || byte == b'\\') {
            out.extend(rest[..at].iter().map(|&byte| u16::from(byte)));
            let byte = rest[at];
            rest = &rest[at + 1..];
            let escape = match byte {
                0x08 => b'b',
                0x09 => b't',
                0x0A => b'n',
                0x0C => b'f',
                0x0D => b'r',
                b'"' | b'\\' => byte,
                _ => {
                    out.extend([b'\\', b'u', b'0', b'0', HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xF)]].map(u16::from));
                    continue;
                }
            };
            out.extend([u16::from(b'\\'), u16::from(escape)]);
        }
        out.extend(rest.iter().map(|&byte| u16::from(byte)));
        out.push(b'"' as u16);
        return;
    }
    out.push(b'"' as u16);
    let length = view.len();
    let mut index = 0;
    while index < length {
        let unit = view.unit(index);
        index += 1;
        let escape = match unit {
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            _ => None,
        };
        if let Some(escape) = escape {
            out.push(b'\\' as u16);
            out.push(escape as u16);
            continue;
        }
        let lone_surrogate = match unit {
            0xD800..=0xDBFF => {
                if index < length && (0xDC00..=0xDFFF).contains(&view.unit(index)) {
                    out.push(unit);
                    out.push(view.unit(index));
                    index += 1;
                    continue;
                }
                true
            }
            0xDC00..=0xDFFF => true,
            _ => false,
        };
        if unit < 0x20 || lone_surrogate {
            out.extend([b'\\', b'u'].map(u16::from));
            for shift in [12, 8, 4, 0] {
                out.push(HEX[((unit >> shift) & 0xF) as usize] as u16);
            }
            continue;
        }
        out.push(unit);
    }
    out.push(b'"' as u16);
}

/// V8's circular-structure message for a circle that starts at `state.stack[start]` and is
/// closed by `closing_key`.
fn circular_message(ctx: &mut Context, state: &State, start: usize, closing_key: StackKey) -> String {
    let mut message = String::from("Converting circular structure to JSON");
    let stack = &state.stack;
    message.push_str("\n    --> starting at object with constructor ");
    message.push_str(&quoted_constructor_name(ctx, stack[start].1));
    let mut index = start + 1;
    let prefix_end = stack.len().min(index + CIRCLE_PREFIX_LINES);
    let normal_line = |ctx: &mut Context, message: &mut String, (key, object): (StackKey, Gc<JsObject>)| {
        message.push_str("\n    |     ");
        message.push_str(&key_text(key));
        message.push_str(" -> object with constructor ");
        message.push_str(&quoted_constructor_name(ctx, object));
    };
    while index < prefix_end {
        normal_line(ctx, &mut message, stack[index]);
        index += 1;
    }
    if stack.len() > index + CIRCLE_POSTFIX_LINES {
        message.push_str("\n    |     ...");
    }
    index = index.max(stack.len() - CIRCLE_POSTFIX_LINES);
    while index < stack.len() {
        normal_line(ctx, &mut message, stack[index]);
        index += 1;
    }
    message.push_str("\n    --- ");
    message.push_str(&key_text(closing_key));
    message.push_str(" closes the circle");
    message
}

fn key_text(key: StackKey) -> String {
    match key {
        StackKey::Index(index) => format!("index {index}"),
        StackKey::Property(key) => {
            let text = key.display();
            if text.is_empty() {
                "<anonymous>".to_string()
            } else {
                format!("property '{text}'")
            }
        }
    }
}

/// V8's JSReceiver::GetConstructorName, as far as kiln's objects go: the name of the
/// `constructor` found along the prototype chain, else the object's class name.
fn quoted_constructor_name(ctx: &mut Context, object: Gc<JsObject>) -> String {
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    let mut current = Some(object);
    while let Some(holder) = current {
        if let Some(property) = ops::own_lookup(ctx, holder, constructor_key) {
            if let OwnProperty::Data { value, .. } = property {
                if let Some(constructor) = value.as_object().filter(|constructor| constructor.get().is_callable()) {
                    let name = function::name_of(constructor, ctx.atoms.name);
                    if !name.is_empty() {
                        return format!("'{name}'");
                    }
                }
            }
            break;
        }
        current = holder.get().prototype();
    }
    let class_name = match *object.get().kind() {
        ObjectKind::Array(_) => "Array",
        ObjectKind::Function(_) => "Function",
        _ => "Object",
    };
    format!("'{class_name}'")
}
