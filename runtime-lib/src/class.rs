//! Classes and `super` (§15.7.14 ClassDefinitionEvaluation, §13.3.7 super references,
//! §13.3.7.1 SuperCall): wiring a class constructor to its prototype and parent, defining
//! methods with a [[HomeObject]], and the super operations compiled code calls.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::gc::Gc;
use crate::object::function::{self, FLAG_CLASS_CONSTRUCTOR, FLAG_DERIVED};
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyDescriptor, PropertyKey};
use crate::value::Value;

fn function_of(ctx: &mut Context, value: Value, what: &str) -> JsResult<Gc<JsObject>> {
    match value.as_object().filter(|object| object.get().is_callable()) {
        Some(object) => Ok(object),
        None => ctx.throw_type_error(&format!("{what} is not a function")),
    }
}

/// The set-up of ClassDefinitionEvaluation for `constructor` with heritage `parent` (when
/// `has_parent`): returns the new prototype object.
pub fn class_new(ctx: &mut Context, constructor: Value, parent: Value, has_parent: bool) -> JsResult<Value> {
    let constructor_object = function_of(ctx, constructor, "class constructor")?;
    let (prototype_parent, constructor_parent) = if !has_parent {
        (Some(ctx.realm.object_prototype), ctx.realm.function_prototype)
    } else if parent.is_null() {
        (None, ctx.realm.function_prototype)
    } else if !parent.is_constructor() {
        let text = crate::error::describe_value(ctx, parent);
        return ctx.throw_type_error(&format!("Class extends value {text} is not a constructor or null"));
    } else {
        let parent_object = parent.as_object().unwrap_or(ctx.realm.function_prototype);
        let key = PropertyKey::String(ctx.atoms.prototype);
        let parent_prototype = ops::get(ctx, parent_object, key, parent)?;
        if !parent_prototype.is_object() && !parent_prototype.is_null() {
            let text = crate::error::describe_value(ctx, parent_prototype);
            return ctx.throw_type_error(&format!("Class extends value does not have valid prototype property {text}"));
        }
        (parent_prototype.as_object(), parent_object)
    };
    let prototype = ctx.new_object_with_prototype(prototype_parent);
    ops::set_prototype_of(constructor_object, Some(constructor_parent));
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    let descriptor = PropertyDescriptor::data(Value::object(prototype), Attributes::NONE);
    ops::define_property_or_throw(ctx, constructor_object, prototype_key, descriptor)?;
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, prototype, constructor_key, constructor, Attributes::HIDDEN);
    // [[Call]] of a class constructor throws: compiled code must not call its entry.
    constructor_object.get_mut().element_tag = kiln_abi::element_tag::NONE;
    if let Some(ObjectKind::Function(data)) = constructor_object.get_mut().kind_mut() {
        data.flags |= FLAG_CLASS_CONSTRUCTOR | function::FLAG_CONSTRUCTOR | if has_parent { FLAG_DERIVED } else { 0 };
        data.set_home_object(Value::object(prototype));
    }
    Ok(Value::object(prototype))
}

/// Defines a class method (`kind` 0), getter (1) or setter (2) on `target`, not enumerable,
/// and makes `target` the function's [[HomeObject]].
pub fn define_method(ctx: &mut Context, target: Value, key: Value, function: Value, kind: u32) -> JsResult<()> {
    let Some(target_object) = target.as_object() else {
        return ctx.throw_type_error("Cannot define a method on a non-object");
    };
    set_home_object(function, target);
    let key = crate::value::conv::to_property_key(ctx, key)?;
    let descriptor = match kind {
        0 => PropertyDescriptor::data(function, Attributes::HIDDEN),
        1 => PropertyDescriptor { get: Some(function), enumerable: Some(false), configurable: Some(true), ..PropertyDescriptor::default() },
        _ => PropertyDescriptor { set: Some(function), enumerable: Some(false), configurable: Some(true), ..PropertyDescriptor::default() },
    };
    ops::define_property_or_throw(ctx, target_object, key, descriptor)
}

/// Sets [[HomeObject]] (ignored for non-functions).
pub fn set_home_object(function: Value, home: Value) {
    if let Some(object) = function.as_object() {
        if let Some(ObjectKind::Function(data)) = object.get_mut().kind_mut() {
            data.set_home_object(home);
        }
    }
}

/// [[HomeObject]] of a function, or undefined.
pub fn home_object(function: Value) -> Value {
    function.as_object().and_then(|object| object.get().function().map(|data| data.home_object())).unwrap_or(Value::UNDEFINED)
}

/// SuperCall: constructs the parent of the derived constructor `callee` with `new_target`.
pub fn super_construct(ctx: &mut Context, callee: Value, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let callee_object = function_of(ctx, callee, "super")?;
    let parent = callee_object.get().prototype().map_or(Value::NULL, Value::object);
    if !parent.is_constructor() {
        let text = crate::error::describe_value(ctx, parent);
        let name = function::name_of(callee_object, ctx.atoms.name);
        let class = if name.is_empty() { "anonymous class".to_string() } else { name };
        return ctx.throw_type_error(&format!("Super constructor {text} of {class} is not a constructor"));
    }
    function::construct(ctx, parent, args, new_target)
}

fn home_prototype(ctx: &mut Context, home: Value) -> JsResult<Value> {
    match home.as_object() {
        Some(object) => Ok(object.get().prototype().map_or(Value::NULL, Value::object)),
        None => ctx.throw_syntax_error("'super' keyword unexpected here"),
    }
}

/// `super[key]` with receiver `this`.
pub fn super_get(ctx: &mut Context, home: Value, key: Value, this: Value) -> JsResult<Value> {
    let prototype = home_prototype(ctx, home)?;
    let key = crate::value::conv::to_property_key(ctx, key)?;
    match prototype.as_object() {
        Some(object) => ops::get(ctx, object, key, this),
        None => ctx.throw_type_error(&format!("Cannot read properties of null (reading '{}')", key.display())),
    }
}

/// `super[key] = value` with receiver `this` (strict: failure throws).
pub fn super_set(ctx: &mut Context, home: Value, key: Value, value: Value, this: Value) -> JsResult<()> {
    let prototype = home_prototype(ctx, home)?;
    let key = crate::value::conv::to_property_key(ctx, key)?;
    let Some(object) = prototype.as_object() else {
        return ctx.throw_type_error(&format!("Cannot set properties of null (setting '{}')", key.display()));
    };
    if !ops::set(ctx, object, key, value, this)? {
        return ctx.throw_type_error(&format!("Cannot assign to read only property '{}' of object", key.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(ctx: &mut Context) -> String {
        let error = ctx.take_exception();
        let key = PropertyKey::String(ctx.atoms.message);
        let text = ops::get_value(ctx, error, key).expect("message");
        crate::value::conv::to_string(ctx, text).expect("string").get().to_rust_string()
    }

    /// `constructor(x) { this.x = x }` as compiled code would run it.
    unsafe extern "C" fn base(ctx: *mut u8, _callee: u64, this: u64, argc: u64, argv: *const u64) -> u64 {
        // SAFETY: test code standing in for compiled code.
        unsafe {
            let ctx = &mut *(ctx as *mut Context);
            let x = if argc > 0 { Value::from_bits(*argv) } else { Value::UNDEFINED };
            let key = ctx.key("x");
            match ops::set_value(ctx, Value::from_bits(this), key, x) {
                Ok(()) => Value::UNDEFINED.bits(),
                Err(_) => Value::EXCEPTION.bits(),
            }
        }
    }

    /// `constructor() { super(7); }` in a derived class.
    unsafe extern "C" fn derived(ctx: *mut u8, callee: u64, _this: u64, _argc: u64, _argv: *const u64) -> u64 {
        // SAFETY: test code standing in for compiled code.
        unsafe {
            let ctx = &mut *(ctx as *mut Context);
            let new_target = ctx.new_target;
            match super_construct(ctx, Value::from_bits(callee), new_target, &[Value::number(7.0)]) {
                Ok(this) => this.bits(),
                Err(_) => Value::EXCEPTION.bits(),
            }
        }
    }

    #[test]
    fn classes_extend_and_super_works() {
        let mut ctx = Context::new_for_tests();
        let name = Value::string(ctx.intern_str("A"));
        let a = Value::object(function::new_compiled(&mut ctx, base, std::ptr::null_mut(), name, 1, 5, 0));
        let a_prototype = class_new(&mut ctx, a, Value::UNDEFINED, false).expect("class A");
        let method_name = ctx.intern_str("greet");
        // A compiled method (natives have no [[HomeObject]]); its body is never run here.
        let method = Value::object(function::new_compiled(&mut ctx, base, std::ptr::null_mut(), Value::string(method_name), 0, function::FLAG_STRICT, 2));
        let key = Value::string(method_name);
        define_method(&mut ctx, a_prototype, key, method, 0).expect("method");
        assert_eq!(home_object(method), a_prototype);

        assert!(function::call(&mut ctx, a, Value::UNDEFINED, &[]).is_err());
        assert_eq!(message(&mut ctx), "Class constructor A cannot be invoked without 'new'");

        let b_name = Value::string(ctx.intern_str("B"));
        let b = Value::object(function::new_compiled(&mut ctx, derived, std::ptr::null_mut(), b_name, 0, 5, 1));
        let b_prototype = class_new(&mut ctx, b, a, true).expect("class B");
        let instance = function::construct(&mut ctx, b, &[], b).expect("new B");
        let x = ctx.key("x");
        assert_eq!(ops::get_value(&mut ctx, instance, x).expect("x"), Value::number(7.0));
        assert_eq!(instance.as_object().and_then(|object| object.get().prototype()), b_prototype.as_object());
        assert!(crate::value::ops::instance_of(&mut ctx, instance, a).expect("instanceof"));
        let via_super = super_get(&mut ctx, b_prototype, key, instance).expect("super.greet");
        assert_eq!(via_super, method);
        let keys = ops::own_property_keys(&mut ctx, a_prototype.as_object().expect("object"));
        let names: Vec<String> = keys.iter().map(|key| key.display()).collect();
        assert_eq!(names, ["constructor", "greet"]);

        let not_constructor = Value::number(3.0);
        assert!(class_new(&mut ctx, b, not_constructor, true).is_err());
        assert_eq!(message(&mut ctx), "Class extends value 3 is not a constructor or null");
    }
}
