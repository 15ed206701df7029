//! ECMAScript built-ins, one module per global (Boa's layout): each module has an `init`
//! function listed in `realm::BUILTINS` that installs its constructor, prototype methods and
//! statics with the declarative [`builder::ObjectBuilder`]. Each native cites its spec section.
//!
//! Built-ins never import `node/`. Host (Node) APIs live in `node/`.

pub mod aggregate_error;
pub mod bigint;
pub mod array;
pub mod array_buffer;
pub mod array_methods;
pub mod array_sort;
pub mod atomics;
pub mod boolean;
pub mod data_view;
pub mod date;
pub mod date_format;
pub mod date_parse;
pub mod date_time;
pub mod date_zone;
pub mod builder;
pub mod error;
pub mod function;
pub mod generator;
pub mod global;
pub mod global_functions;
pub mod intl;
pub mod intl_link;
pub mod iterator;
pub mod json;
pub mod json_parse;
pub mod json_stringify;
pub mod map_set;
pub mod math;
pub mod number;
pub mod number_methods;
pub mod object;
pub mod object_statics;
pub mod operations;
pub mod promise;
pub mod promise_combinators;
pub mod proxy;
pub mod reflect;
pub mod regexp;
pub mod regexp_legacy;
pub mod regexp_prefilter;
pub mod regexp_string;
pub mod regexp_symbols;
pub mod string;
pub mod string_methods;
pub mod symbol;
pub mod typed_array;
pub mod typed_array_methods;
pub mod uri;
pub mod weak;

/// Helpers shared by built-ins: `this` coercions.
pub mod this {
    use crate::context::Context;
    use crate::error::{JsResult, ThrowExt};
    use crate::gc::Gc;
    use crate::object::JsObject;
    use crate::value::{conv, Value};

    /// ToObject(this value) with V8's message for `Array.prototype.x.call(null)`-style misuse:
    /// "`method` called on null or undefined".
    pub fn to_object(ctx: &mut Context, this: Value, method: &str) -> JsResult<Gc<JsObject>> {
        if this.is_nullish() {
            return ctx.throw_type_error(&format!("{method} called on null or undefined"));
        }
        conv::to_object(ctx, this)
    }
}
