//! Name resolution the compiler cannot finish at build time: the object environment of a
//! `with` statement (ECMA-262 §9.1.1.2 with `withEnvironment` true). Compiled code asks each
//! enclosing `with` object, innermost first, whether it has the name ([`has_binding_js`]), and
//! reads or writes it there ([`get_binding_value_js`], [`set_mutable_binding_js`]); when none
//! has it, the name's static binding (a local, an environment slot or a global) is used.

use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::{ops, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// HasBinding(N) of an object environment record with `withEnvironment` true (§9.1.1.2.1):
/// the object has the property and its @@unscopables does not block it.
pub fn has_binding_js(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    if !ops::has_property(ctx, object, key)? {
        return Ok(false);
    }
    let unscopables_key = PropertyKey::Symbol(ctx.symbols.unscopables);
    let unscopables = ops::get(ctx, object, unscopables_key, Value::object(object))?;
    if let Some(unscopables) = unscopables.as_object() {
        let blocked = ops::get(ctx, unscopables, key, Value::object(unscopables))?;
        if conv::to_boolean(blocked) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// GetBindingValue(N, S) of an object environment record (§9.1.1.2.6) right after HasBinding
/// found the name: Get on the object. (The spec repeats HasProperty first; V8, the oracle, does
/// not, so a `has` trap runs once per read.)
pub fn get_binding_value_js(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey) -> JsResult<Value> {
    ops::get(ctx, object, key, Value::object(object))
}

/// SetMutableBinding(N, V, S) of an object environment record (§9.1.1.2.5) right after HasBinding
/// found the name: Set on the object, a TypeError in strict code when it is rejected. (As V8
/// does, the name is looked up when the value is stored, and HasProperty is not repeated.)
pub fn set_mutable_binding_js(ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, value: Value, strict: bool) -> JsResult<()> {
    if strict {
        ops::set_or_throw(ctx, object, key, value)
    } else {
        ops::set(ctx, object, key, value, Value::object(object)).map(|_| ())
    }
}
