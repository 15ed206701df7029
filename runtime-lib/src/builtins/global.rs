//! Value properties of the global object (§19.1): `globalThis`, `NaN`, `Infinity`,
//! `undefined`. Global functions (parseInt, isNaN, …) are added here.

use crate::context::Context;
use crate::object::{ops, Attributes};
use crate::value::Value;

/// Installs the global value properties.
pub fn init(ctx: &mut Context) {
    let global = ctx.realm.global;
    crate::realm::define_global(ctx, "globalThis", Value::object(global));
    for (name, value) in [("NaN", Value::NAN), ("Infinity", Value::number(f64::INFINITY)), ("undefined", Value::UNDEFINED)] {
        let key = ctx.key(name);
        ops::define_fresh(ctx, global, key, value, Attributes::NONE);
    }
}
