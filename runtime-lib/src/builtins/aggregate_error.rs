//! AggregateError (§20.5.7): the constructor, its prototype (`name`, `message`), and
//! [`new_aggregate_error`] for `Promise.any`. Kept apart from the seven native errors of
//! `error.rs` because its constructor takes the `errors` iterable first.

use super::builder::{constructor, ObjectBuilder};
use crate::context::Context;
use crate::error::{new_error_object, JsResult};
use crate::gc::Gc;
use crate::object::function::{self, NativeCall};
use crate::object::{array, ops, Attributes, JsObject, PropertyKey};
use crate::value::{conv, Value};

/// Installs `AggregateError` (its [[Prototype]] is %Error%, its prototype's is
/// %Error.prototype%).
pub fn init(ctx: &mut Context) {
    let error_prototype = ctx.realm.error_prototypes[crate::error::ErrorKind::Error as usize];
    let prototype = ctx.new_object_with_prototype(Some(error_prototype));
    ctx.realm.aggregate_error_prototype = prototype;
    let aggregate_error = constructor(ctx, "AggregateError", 2, aggregate_error_constructor, prototype);
    let error_constructor = ctx.realm.error_constructors[crate::error::ErrorKind::Error as usize];
    ops::set_prototype_of(aggregate_error, Some(error_constructor));
    let name = crate::string::from_str(ctx, "AggregateError");
    let empty = ctx.atoms.empty;
    ObjectBuilder::new(ctx, prototype)
        .property("name", Value::string(name), Attributes::HIDDEN)
        .property("message", Value::string(empty), Attributes::HIDDEN);
}

/// A new AggregateError with `message` and `errors` (an array), as `Promise.any` makes.
pub fn new_aggregate_error(ctx: &mut Context, message: &str, errors: Value) -> Gc<JsObject> {
    let prototype = ctx.realm.aggregate_error_prototype;
    let message = crate::string::from_str(ctx, message);
    let error = new_error_object(ctx, prototype, Some(Value::string(message)));
    let errors_key = ctx.key("errors");
    ops::define_fresh(ctx, error, errors_key, errors, Attributes::HIDDEN);
    error
}

/// AggregateError ( errors, message [ , options ] ) (§20.5.7.1.1).
fn aggregate_error_constructor(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    // 1–2. OrdinaryCreateFromConstructor(newTarget, "%AggregateError.prototype%").
    let new_target = if call.is_construct() { call.new_target } else { call.callee };
    let default = ctx.realm.aggregate_error_prototype;
    let prototype = function::prototype_from_constructor(ctx, new_target, default)?;
    // 3. The message, if not undefined.
    let message = call.arg(1);
    let message = if message.is_undefined() { None } else { Some(Value::string(conv::to_string(ctx, message)?)) };
    let error = new_error_object(ctx, prototype, message);
    // 4. InstallErrorCause(O, options).
    if let Some(options) = call.arg(2).as_object() {
        let cause_key = PropertyKey::String(ctx.atoms.cause);
        if ops::has_property(ctx, options, cause_key)? {
            let cause = ops::get_property(ctx, options, cause_key)?;
            ops::define_fresh(ctx, error, cause_key, cause, Attributes::HIDDEN);
        }
    }
    // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    let list = ctx.new_list();
    let (iterator, next) = crate::iteration::open_iterator(ctx, call.arg(0))?;
    loop {
        let result = function::call(ctx, next, iterator, &[])?;
        let Some(result_object) = result.as_object() else {
            let text = crate::error::describe_value(ctx, result);
            return crate::error::ThrowExt::throw_type_error(ctx, &format!("Iterator result {text} is not an object"));
        };
        let done_key = PropertyKey::String(ctx.atoms.done);
        if conv::to_boolean(ops::get_property(ctx, result_object, done_key)?) {
            break;
        }
        let value_key = PropertyKey::String(ctx.atoms.value);
        let value = ops::get_property(ctx, result_object, value_key)?;
        list.get_mut().push(value);
    }
    // 6. DefinePropertyOrThrow(O, "errors", { writable, configurable, not enumerable }).
    let items = list.get().items.clone();
    // `list` (a rooted local) holds the items while the array is allocated.
    let errors = array::from_values(ctx, &items);
    let errors_key = ctx.key("errors");
    ops::define_fresh(ctx, error, errors_key, Value::object(errors), Attributes::HIDDEN);
    Ok(Value::object(error))
}
