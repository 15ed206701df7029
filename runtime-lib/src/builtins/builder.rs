//! Declarative installation of built-ins: [`ObjectBuilder`] adds methods, accessors and data
//! properties to an object with the spec's default attributes; [`constructor`] wires a
//! constructor to its prototype and the global object.

use crate::context::Context;
use crate::gc::Gc;
use crate::object::function::{self, NativeFn};
use crate::object::{ops, Attributes, JsObject, PropertyDescriptor, PropertyKey};
use crate::symbol::JsSymbol;
use crate::value::Value;

/// Adds properties to one object. Methods get the built-in attributes (writable, configurable,
/// not enumerable) and `name`/`length` properties.
pub struct ObjectBuilder<'ctx> {
    ctx: &'ctx mut Context,
    object: Gc<JsObject>,
}

impl<'ctx> ObjectBuilder<'ctx> {
    /// A builder for `object`.
    pub fn new(ctx: &'ctx mut Context, object: Gc<JsObject>) -> ObjectBuilder<'ctx> {
        ObjectBuilder { ctx, object }
    }

    /// The object being built.
    pub fn object(&self) -> Gc<JsObject> {
        self.object
    }

    /// Adds method `name` with `length`.
    pub fn method(&mut self, name: &str, length: u32, native: NativeFn) -> &mut Self {
        let atom = self.ctx.intern_str(name);
        let function = function::new_native(self.ctx, atom, length, native, false);
        let key = PropertyKey::from_atom(atom);
        self.define(key, Value::object(function), Attributes::HIDDEN)
    }

    /// Adds a symbol-keyed method; its `name` is `[description]` as the spec says.
    pub fn symbol_method(&mut self, symbol: Gc<JsSymbol>, length: u32, native: NativeFn) -> &mut Self {
        let name = format!("[{}]", crate::error::primitive_text(self.ctx, symbol.get().description));
        let atom = self.ctx.intern_str(&name);
        let function = function::new_native(self.ctx, atom, length, native, false);
        self.define(PropertyKey::Symbol(symbol), Value::object(function), Attributes::HIDDEN)
    }

    /// Adds a data property.
    pub fn property(&mut self, name: &str, value: Value, attributes: Attributes) -> &mut Self {
        let key = self.ctx.key(name);
        self.define(key, value, attributes)
    }

    /// Adds a data property under any key.
    pub fn define(&mut self, key: PropertyKey, value: Value, attributes: Attributes) -> &mut Self {
        ops::define_fresh(self.ctx, self.object, key, value, attributes);
        self
    }

    /// Adds an accessor property (configurable, not enumerable) with native getter/setter
    /// named `get name` / `set name`.
    pub fn accessor(&mut self, name: &str, getter: Option<NativeFn>, setter: Option<NativeFn>) -> &mut Self {
        let key = self.ctx.key(name);
        self.accessor_with_key(key, name, getter, setter)
    }

    /// Like `accessor`, under any key; `display_name` names the functions.
    pub fn accessor_with_key(&mut self, key: PropertyKey, display_name: &str, getter: Option<NativeFn>, setter: Option<NativeFn>) -> &mut Self {
        let getter = match getter {
            Some(native) => {
                let atom = self.ctx.intern_str(&format!("get {display_name}"));
                Value::object(function::new_native(self.ctx, atom, 0, native, false))
            }
            None => Value::UNDEFINED,
        };
        let setter = match setter {
            Some(native) => {
                let atom = self.ctx.intern_str(&format!("set {display_name}"));
                Value::object(function::new_native(self.ctx, atom, 1, native, false))
            }
            None => Value::UNDEFINED,
        };
        let descriptor = PropertyDescriptor::accessor(getter, setter, false, true);
        ops::ordinary_define_own_property(self.ctx, self.object, key, descriptor);
        self
    }
}

/// Creates native constructor `name` for `prototype`: `C.prototype = prototype` (fixed),
/// `prototype.constructor = C`, and the global binding `name`.
pub fn constructor(ctx: &mut Context, name: &str, length: u32, native: NativeFn, prototype: Gc<JsObject>) -> Gc<JsObject> {
    let atom = ctx.intern_str(name);
    let constructor = function::new_native(ctx, atom, length, native, true);
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    ops::define_fresh(ctx, constructor, prototype_key, Value::object(prototype), Attributes::NONE);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, prototype, constructor_key, Value::object(constructor), Attributes::HIDDEN);
    crate::realm::define_global(ctx, name, Value::object(constructor));
    constructor
}
