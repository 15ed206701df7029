//! `Array` (§23.1): the constructor, Array.isArray, and the Array.prototype methods the core
//! needs (iteration, join/toString, push). The rest of Array.prototype is added here.

use super::builder::{constructor, ObjectBuilder};
use super::iterator::method_of;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::iteration::{self, ArrayIterationKind};
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, PropertyKey};
use crate::string::StringBuilder;
use crate::value::{conv, Value};

/// Installs `Array` and the core of Array.prototype.
pub fn init(ctx: &mut Context) {
    let prototype = ctx.realm.array_prototype;
    let array_constructor = constructor(ctx, "Array", 1, array_constructor, prototype);
    ctx.realm.array_constructor = array_constructor;
    ObjectBuilder::new(ctx, array_constructor).method("isArray", 1, is_array);
    ObjectBuilder::new(ctx, prototype)
        .method("entries", 0, entries)
        .method("join", 1, join)
        .method("keys", 0, keys)
        .method("push", 1, push)
        .method("toString", 0, to_string)
        .method("values", 0, values);
    let values = method_of(ctx, prototype, "values");
    ctx.realm.array_values = values;
    let iterator_key = PropertyKey::Symbol(ctx.symbols.iterator);
    ops::define_fresh(ctx, prototype, iterator_key, Value::object(values), Attributes::HIDDEN);
}

/// Array ( ...values ) (§23.1.1.1).
fn array_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let new_target = if call.is_construct() { call.new_target } else { call.callee };
    let default = ctx.realm.array_prototype;
    let prototype = function::prototype_from_constructor(ctx, new_target, default)?;
    if call.args.len() == 1 {
        let length = call.arg(0);
        if let Some(number) = length.as_number() {
            let integer = conv::f64_to_uint32(number);
            if integer as f64 != number {
                return ctx.throw_range_error("Invalid array length");
            }
            return Ok(Value::object(array::with_length(ctx, integer, Some(prototype))));
        }
        let result = array::with_length(ctx, 0, Some(prototype));
        ops::create_data_property_or_throw(ctx, result, PropertyKey::Index(0), length)?;
        return Ok(Value::object(result));
    }
    let result = array::from_values(ctx, call.args);
    ops::set_prototype_of(result, Some(prototype));
    Ok(Value::object(result))
}

/// Array.isArray (§23.1.2.2).
fn is_array(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::boolean(crate::builtins::proxy::is_array(ctx, call.arg(0))?))
}

/// Array.prototype.entries (§23.1.3.5).
fn entries(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    Ok(iteration::create_array_iterator(ctx, Value::object(object), ArrayIterationKind::Entries))
}

/// Array.prototype.keys (§23.1.3.19).
fn keys(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    Ok(iteration::create_array_iterator(ctx, Value::object(object), ArrayIterationKind::Keys))
}

/// Array.prototype.values (§23.1.3.38), also Array.prototype[@@iterator].
fn values(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    Ok(iteration::create_array_iterator(ctx, Value::object(object), ArrayIterationKind::Values))
}

/// Array.prototype.join (§23.1.3.18). Cycles print as empty strings, as in V8.
fn join(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    let length = iteration::length_of_array_like(ctx, object)?;
    let separator = call.arg(0);
    let separator = if separator.is_undefined() { ctx.intern_str(",") } else { conv::to_string(ctx, separator)? };
    if ctx.join_stack_contains(object) {
        return Ok(Value::string(ctx.atoms.empty));
    }
    ctx.check_stack()?;
    ctx.join_stack_push(object);
    let result = join_elements(ctx, object, length, separator);
    ctx.join_stack_pop();
    result
}

fn join_elements(
    ctx: &mut Context,
    object: crate::gc::Gc<crate::object::JsObject>,
    length: u64,
    separator: crate::gc::Gc<crate::string::JsString>,
) -> JsResult<Value> {
    let mut text = StringBuilder::new();
    let separated = !separator.get().is_empty();
    for index in 0..length {
        if index > 0 && separated {
            text.push_js(separator.get());
        }
        // A plain dense element is read directly (no getter can be involved); holes and the
        // rest take [[Get]].
        let element = match crate::object::array::dense_get(object, index as u32) {
            Some(element) if index < u64::from(u32::MAX) => element,
            _ => ops::get_property(ctx, object, PropertyKey::Index(index as u32))?,
        };
        if let Some(piece) = element.as_string() {
            text.push_js(piece.get());
            if text.len() > crate::string::MAX_STRING_LENGTH {
                return ctx.throw_range_error("Invalid string length");
            }
            continue;
        }
        if !element.is_nullish() {
            let piece = conv::to_string(ctx, element)?;
            text.push_js(piece.get());
        }
        if text.len() > crate::string::MAX_STRING_LENGTH {
            return ctx.throw_range_error("Invalid string length");
        }
    }
    Ok(Value::string(text.finish(ctx)?))
}

/// Array.prototype.push (§23.1.3.23).
fn push(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    if let Some(length) = push_dense(ctx, call.this, call.args) {
        return Ok(Value::number(length as f64));
    }
    let object = conv::to_object(ctx, call.this)?;
    let length = iteration::length_of_array_like(ctx, object)?;
    if length + call.args.len() as u64 > 9_007_199_254_740_991 {
        return ctx.throw_type_error("Pushing elements past 2^53-1 length");
    }
    let mut index = length;
    for &value in call.args {
        let key = if index < u32::MAX as u64 { PropertyKey::Index(index as u32) } else { ctx.key(&index.to_string()) };
        super::operations::set_or_throw(ctx, object, key, value)?;
        index += 1;
    }
    let length_key = PropertyKey::String(ctx.atoms.length);
    super::operations::set_or_throw(ctx, object, length_key, Value::number(index as f64))?;
    Ok(Value::number(index as f64))
}

/// Array.prototype.push's steps for an ordinary extensible array whose dense elements reach
/// its writable `length` and whose prototypes have no indexed properties: each Set appends to
/// the dense elements and extends `length`, with nothing observable, so the values are appended
/// directly. `None` when the array is not like that (the generic steps then run).
pub(crate) fn push_dense(ctx: &mut Context, this: Value, values: &[Value]) -> Option<u32> {
    let object = this.as_object()?;
    if !matches!(*object.get().kind(), crate::object::ObjectKind::Array(_)) || !prototypes_have_no_elements(object.get().prototype) {
        return None;
    }
    array::append_dense(ctx, object, values)
}

/// True when `callee` is the intrinsic `Array.prototype.push`.
pub(crate) fn is_intrinsic_push(callee: Value) -> bool {
    native_function_of(callee).is_some_and(|native| std::ptr::fn_addr_eq(native, push as function::NativeFn))
}

/// The Rust implementation of a native built-in function.
pub(crate) fn native_function_of(callee: Value) -> Option<function::NativeFn> {
    use crate::object::function::FunctionVariant;
    use crate::object::ObjectKind;
    match callee.as_object()?.get().kind() {
        ObjectKind::Function(data) => match &data.variant {
            FunctionVariant::Native { function, .. } => Some(*function),
            _ => None,
        },
        _ => None,
    }
}

/// True when no object on the prototype chain can have an element (no dense or sparse
/// elements, and only ordinary kinds of object), so adding an element to an object with this
/// chain cannot reach a setter or a read-only inherited element.
pub(super) fn prototypes_have_no_elements(mut prototype: Option<crate::gc::Gc<crate::object::JsObject>>) -> bool {
    use crate::object::ObjectKind;
    while let Some(current) = prototype {
        let cell = current.get();
        if !cell.dense_elements().is_empty()
            || cell.has_sparse_elements()
            || !matches!(*cell.kind(), ObjectKind::Ordinary | ObjectKind::Array(_) | ObjectKind::Function(_))
        {
            return false;
        }
        prototype = cell.prototype;
    }
    true
}

/// Array.prototype.toString (§23.1.3.36).
fn to_string(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let object = conv::to_object(ctx, call.this)?;
    let join_key = ctx.key("join");
    let join = ops::get_property(ctx, object, join_key)?;
    if join.is_callable() {
        return function::call(ctx, join, Value::object(object), &[]);
    }
    let text = super::object::object_to_string_text(ctx, Value::object(object))?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
