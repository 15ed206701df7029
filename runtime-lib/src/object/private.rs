//! Private elements (`#x` fields, methods and accessors, §7.3.26-32): kept in a per-object list
//! outside the property storage, so no property operation, proxy or reflection sees them.
//! A private name is a symbol cell made by `kiln_private_name_new` with description `#x`.

use super::function;
use super::JsObject;
use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::symbol::JsSymbol;
use crate::value::Value;

/// What a private element is.
#[derive(Copy, Clone, Debug)]
pub enum PrivateKind {
    /// A field with its value.
    Field(Value),
    /// A method (not writable).
    Method(Value),
    /// An accessor; either half may be undefined.
    Accessor {
        /// The getter or undefined.
        getter: Value,
        /// The setter or undefined.
        setter: Value,
    },
}

/// One private element of an object.
#[derive(Copy, Clone, Debug)]
pub struct PrivateElement {
    /// The private name.
    pub name: Gc<JsSymbol>,
    /// The element.
    pub kind: PrivateKind,
}

impl PrivateElement {
    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.cell(self.name);
        match self.kind {
            PrivateKind::Field(value) | PrivateKind::Method(value) => tracer.value(value),
            PrivateKind::Accessor { getter, setter } => {
                tracer.value(getter);
                tracer.value(setter);
            }
        }
    }
}

fn name_text(name: Gc<JsSymbol>) -> String {
    name.get().description.as_string().map(|text| text.get().to_rust_string()).unwrap_or_default()
}

fn find(object: Gc<JsObject>, name: Gc<JsSymbol>) -> Option<usize> {
    object.get().private_elements()?.iter().position(|element| element.name == name)
}

/// PrivateFieldAdd / PrivateMethodOrAccessorAdd: `kind` 0 field, 1 method, 2 getter, 3 setter.
pub fn define(ctx: &mut Context, object: Value, name: Gc<JsSymbol>, value: Value, kind: u32) -> JsResult<()> {
    let Some(target) = object.as_object() else {
        return ctx.throw_type_error(&format!("Cannot initialize {} on a non-object", name_text(name)));
    };
    if let Some(position) = find(target, name) {
        let elements = target.get_mut().private_elements_mut();
        if let Some(PrivateElement { kind: PrivateKind::Accessor { getter, setter }, .. }) = elements.and_then(|list| list.get_mut(position)) {
            if kind == 2 && getter.is_undefined() {
                *getter = value;
                return Ok(());
            }
            if kind == 3 && setter.is_undefined() {
                *setter = value;
                return Ok(());
            }
        }
        return ctx.throw_type_error(&format!("Cannot initialize {} twice on the same object", name_text(name)));
    }
    let kind = match kind {
        0 => PrivateKind::Field(value),
        1 => PrivateKind::Method(value),
        2 => PrivateKind::Accessor { getter: value, setter: Value::UNDEFINED },
        _ => PrivateKind::Accessor { getter: Value::UNDEFINED, setter: value },
    };
    target.get_mut().private_elements_or_insert().push(PrivateElement { name, kind });
    ctx.heap.note_external(32);
    Ok(())
}

/// PrivateGet (§7.3.31).
pub fn get(ctx: &mut Context, object: Value, name: Gc<JsSymbol>) -> JsResult<Value> {
    let element = object.as_object().and_then(|target| {
        let position = find(target, name)?;
        target.get().private_elements().map(|list| list[position].kind)
    });
    match element {
        None => ctx.throw_type_error(&format!(
            "Cannot read private member {} from an object whose class did not declare it",
            name_text(name)
        )),
        Some(PrivateKind::Field(value) | PrivateKind::Method(value)) => Ok(value),
        Some(PrivateKind::Accessor { getter, .. }) => {
            if getter.is_undefined() {
                return ctx.throw_type_error(&format!("'{}' was defined without a getter", name_text(name)));
            }
            function::call(ctx, getter, object, &[])
        }
    }
}

/// PrivateSet (§7.3.32).
pub fn set(ctx: &mut Context, object: Value, name: Gc<JsSymbol>, value: Value) -> JsResult<()> {
    let found = object.as_object().and_then(|target| Some((target, find(target, name)?)));
    let Some((target, position)) = found else {
        return ctx.throw_type_error(&format!(
            "Cannot write private member {} to an object whose class did not declare it",
            name_text(name)
        ));
    };
    let Some(list) = target.get_mut().private_elements_mut() else { return Ok(()) };
    match &mut list[position].kind {
        PrivateKind::Field(slot) => {
            *slot = value;
            Ok(())
        }
        PrivateKind::Method(_) => ctx.throw_type_error(&format!("Private method '{}' is not writable", name_text(name))),
        PrivateKind::Accessor { setter, .. } => {
            let setter = *setter;
            if setter.is_undefined() {
                return ctx.throw_type_error(&format!("'{}' was defined without a setter", name_text(name)));
            }
            function::call(ctx, setter, object, &[value])?;
            Ok(())
        }
    }
}

/// `#name in object`.
pub fn has(ctx: &mut Context, object: Value, name: Gc<JsSymbol>) -> JsResult<bool> {
    let Some(target) = object.as_object() else {
        let text = crate::error::describe_value(ctx, object);
        return ctx.throw_type_error(&format!("Cannot use 'in' operator to search for '{}' in {text}", name_text(name)));
    };
    Ok(find(target, name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(ctx: &mut Context) -> String {
        let error = ctx.take_exception();
        let key = crate::object::PropertyKey::String(ctx.atoms.message);
        let text = crate::object::ops::get_value(ctx, error, key).expect("message");
        crate::value::conv::to_string(ctx, text).expect("string").get().to_rust_string()
    }

    #[test]
    fn private_fields_and_methods() {
        let mut ctx = Context::new_for_tests();
        let description = Value::string(ctx.intern_str("#secret"));
        let name = crate::symbol::new_symbol(&mut ctx, description);
        let object = Value::object(ctx.new_object());
        let other = Value::object(ctx.new_object());
        define(&mut ctx, object, name, Value::number(1.0), 0).expect("define");
        assert_eq!(get(&mut ctx, object, name).expect("get"), Value::number(1.0));
        set(&mut ctx, object, name, Value::number(2.0)).expect("set");
        assert_eq!(get(&mut ctx, object, name).expect("get"), Value::number(2.0));
        assert!(has(&mut ctx, object, name).expect("has"));
        assert!(!has(&mut ctx, other, name).expect("has"));
        assert!(get(&mut ctx, other, name).is_err());
        assert_eq!(message(&mut ctx), "Cannot read private member #secret from an object whose class did not declare it");
        assert!(set(&mut ctx, other, name, Value::TRUE).is_err());
        assert_eq!(message(&mut ctx), "Cannot write private member #secret to an object whose class did not declare it");
        assert!(define(&mut ctx, object, name, Value::TRUE, 0).is_err());
        assert_eq!(message(&mut ctx), "Cannot initialize #secret twice on the same object");
        // Invisible to ordinary reflection.
        let keys = crate::object::ops::own_property_keys(&mut ctx, object.as_object().expect("object"));
        assert!(keys.is_empty());
        ctx.collect_garbage();
        assert_eq!(get(&mut ctx, object, name).expect("get after GC"), Value::number(2.0));
    }
}
