//! %IteratorPrototype% (§27.1.2), %ArrayIteratorPrototype% (§23.1.5.2) and
//! %StringIteratorPrototype% (§22.1.5.1). The iteration machinery itself is in `iteration.rs`.

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::iteration;
use crate::object::function::NativeCall;
use crate::object::{ops, Attributes, OwnProperty, PropertyKey};
use crate::value::Value;

/// Installs the iterator prototypes.
pub fn init(ctx: &mut Context) {
    let iterator_prototype = ctx.realm.iterator_prototype;
    let iterator_symbol = ctx.symbols.iterator;
    let to_string_tag = ctx.symbols.to_string_tag;
    ObjectBuilder::new(ctx, iterator_prototype).symbol_method(iterator_symbol, 0, iterator_self);

    let array_iterator_prototype = ctx.realm.array_iterator_prototype;
    let tag = ctx.intern_str("Array Iterator");
    ObjectBuilder::new(ctx, array_iterator_prototype)
        .method("next", 0, array_iterator_next)
        .define(PropertyKey::Symbol(to_string_tag), Value::string(tag), Attributes::READONLY_HIDDEN);
    ctx.realm.array_iterator_next = method_of(ctx, array_iterator_prototype, "next");

    let string_iterator_prototype = ctx.realm.string_iterator_prototype;
    let tag = ctx.intern_str("String Iterator");
    ObjectBuilder::new(ctx, string_iterator_prototype)
        .method("next", 0, string_iterator_next)
        .define(PropertyKey::Symbol(to_string_tag), Value::string(tag), Attributes::READONLY_HIDDEN);
    ctx.realm.string_iterator_next = method_of(ctx, string_iterator_prototype, "next");
}

/// The function object stored under `name` on `object` (set-up helper; aborts if missing).
pub fn method_of(ctx: &mut Context, object: crate::gc::Gc<crate::object::JsObject>, name: &str) -> crate::gc::Gc<crate::object::JsObject> {
    let key = ctx.key(name);
    match ops::own_lookup(ctx, object, key) {
        Some(OwnProperty::Data { value, .. }) => match value.as_object() {
            Some(function) => function,
            None => crate::util::fatal("built-in method is not an object"),
        },
        _ => crate::util::fatal("built-in method missing"),
    }
}

/// %IteratorPrototype%[@@iterator] (§27.1.2.1): returns `this`.
fn iterator_self(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

fn array_iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iteration::array_iterator_next(ctx, call.this)
}

fn string_iterator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    iteration::string_iterator_next(ctx, call.this)
}
