//! SetIntegrityLevel (§7.3.15) for the runtime's own use (template objects): `freeze` makes
//! every own property non-configurable (and data properties non-writable) and the object
//! non-extensible.

use super::{ops, JsObject, OwnProperty, PropertyDescriptor};
use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;

/// SetIntegrityLevel(object, frozen).
pub fn freeze(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<()> {
    object.get_mut().prevent_extensions();
    for key in ops::own_property_keys_js(ctx, object)? {
        let Some(property) = ops::get_own_property(ctx, object, key)? else { continue };
        let descriptor = match property {
            OwnProperty::Data { .. } => PropertyDescriptor { configurable: Some(false), writable: Some(false), ..PropertyDescriptor::default() },
            OwnProperty::Accessor { .. } => PropertyDescriptor { configurable: Some(false), ..PropertyDescriptor::default() },
        };
        ops::define_property_or_throw(ctx, object, key, descriptor)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{array, PropertyKey};
    use crate::value::Value;

    #[test]
    fn frozen_arrays_reject_writes() {
        let mut ctx = Context::new_for_tests();
        let list = array::from_values(&mut ctx, &[Value::number(1.0), Value::number(2.0)]);
        freeze(&mut ctx, list).expect("freeze");
        assert!(!ops::set(&mut ctx, list, PropertyKey::Index(0), Value::TRUE, Value::object(list)).expect("set"));
        assert!(!ops::set(&mut ctx, list, PropertyKey::Index(2), Value::TRUE, Value::object(list)).expect("set"));
        let length = PropertyKey::String(ctx.atoms.length);
        assert!(!ops::set(&mut ctx, list, length, Value::number(0.0), Value::object(list)).expect("set"));
        assert!(!ops::delete(&mut ctx, list, PropertyKey::Index(1)).expect("delete"));
        assert_eq!(ops::get_property(&mut ctx, list, PropertyKey::Index(0)).expect("get"), Value::number(1.0));
        assert_eq!(array::length(list), 2);
    }
}
