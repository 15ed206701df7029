//! The intrinsics of resumable functions: %GeneratorFunction.prototype% and
//! %GeneratorPrototype% (§27.3.3, §27.5.1), %AsyncFunction.prototype% (§27.8.3),
//! %AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype% (§27.4.3, §27.6.1),
//! %AsyncIteratorPrototype% (§27.1.3), and the GeneratorFunction, AsyncFunction and
//! AsyncGeneratorFunction constructors (not globals; like `Function` they would need run-time
//! compilation, so they throw). The protocols themselves live in `generator/`.

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::{ErrorKind, JsResult, ThrowExt};
use crate::gc::Gc;
use crate::generator;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::Value;
use kiln_abi::resume_mode;

/// Creates and fills the generator and async intrinsics.
pub fn init(ctx: &mut Context) {
    let function_prototype = ctx.realm.function_prototype;
    let iterator_prototype = ctx.realm.iterator_prototype;
    let object_prototype = ctx.realm.object_prototype;

    // %AsyncIteratorPrototype% (§27.1.3).
    let async_iterator_prototype = ctx.new_object_with_prototype(Some(object_prototype));
    ctx.realm.async_iterator_prototype = async_iterator_prototype;
    let async_iterator = ctx.symbols.async_iterator;
    ObjectBuilder::new(ctx, async_iterator_prototype).symbol_method(async_iterator, 0, async_iterator_self);

    // %GeneratorPrototype% and %GeneratorFunction.prototype%.
    let generator_prototype = ctx.new_object_with_prototype(Some(iterator_prototype));
    ctx.realm.generator_prototype = generator_prototype;
    let generator_function_prototype = ctx.new_object_with_prototype(Some(function_prototype));
    ctx.realm.generator_function_prototype = generator_function_prototype;
    link_prototypes(ctx, generator_function_prototype, generator_prototype);
    ObjectBuilder::new(ctx, generator_prototype)
        .method("next", 1, generator_next)
        .method("return", 1, generator_return)
        .method("throw", 1, generator_throw);
    tag(ctx, generator_prototype, "Generator");
    function_constructor(ctx, "GeneratorFunction", generator_function_prototype);
    tag(ctx, generator_function_prototype, "GeneratorFunction");

    // %AsyncGeneratorPrototype% and %AsyncGeneratorFunction.prototype%.
    let async_generator_prototype = ctx.new_object_with_prototype(Some(async_iterator_prototype));
    ctx.realm.async_generator_prototype = async_generator_prototype;
    let async_generator_function_prototype = ctx.new_object_with_prototype(Some(function_prototype));
    ctx.realm.async_generator_function_prototype = async_generator_function_prototype;
    link_prototypes(ctx, async_generator_function_prototype, async_generator_prototype);
    ObjectBuilder::new(ctx, async_generator_prototype)
        .method("next", 1, async_generator_next)
        .method("return", 1, async_generator_return)
        .method("throw", 1, async_generator_throw);
    tag(ctx, async_generator_prototype, "AsyncGenerator");
    function_constructor(ctx, "AsyncGeneratorFunction", async_generator_function_prototype);
    tag(ctx, async_generator_function_prototype, "AsyncGeneratorFunction");

    // %AsyncFunction.prototype%.
    let async_function_prototype = ctx.new_object_with_prototype(Some(function_prototype));
    ctx.realm.async_function_prototype = async_function_prototype;
    function_constructor(ctx, "AsyncFunction", async_function_prototype);
    tag(ctx, async_function_prototype, "AsyncFunction");
}

/// `F.prototype.prototype = P` and `P.constructor = F.prototype`, both non-writable and
/// configurable (§27.3.3.2, §27.5.1.1).
fn link_prototypes(ctx: &mut Context, function_prototype: Gc<JsObject>, instance_prototype: Gc<JsObject>) {
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    ops::define_fresh(ctx, function_prototype, prototype_key, Value::object(instance_prototype), Attributes::READONLY_HIDDEN);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, instance_prototype, constructor_key, Value::object(function_prototype), Attributes::READONLY_HIDDEN);
}

/// `object[Symbol.toStringTag] = text` (non-writable, configurable).
fn tag(ctx: &mut Context, object: Gc<JsObject>, text: &str) {
    let to_string_tag = ctx.symbols.to_string_tag;
    let text = ctx.intern_str(text);
    ops::define_fresh(ctx, object, PropertyKey::Symbol(to_string_tag), Value::string(text), Attributes::READONLY_HIDDEN);
}

/// The %GeneratorFunction%-style constructor for `prototype`: `C.prototype = prototype`
/// (fixed), `prototype.constructor = C` (non-writable, configurable), [[Prototype]] %Function%.
fn function_constructor(ctx: &mut Context, name: &str, prototype: Gc<JsObject>) {
    let atom = ctx.intern_str(name);
    let constructor = function::new_native(ctx, atom, 1, code_generation_unsupported, true);
    let function_constructor = ctx.realm.function_constructor;
    ops::set_prototype_of(constructor, Some(function_constructor));
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    ops::define_fresh(ctx, constructor, prototype_key, Value::object(prototype), Attributes::NONE);
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    ops::define_fresh(ctx, prototype, constructor_key, Value::object(constructor), Attributes::READONLY_HIDDEN);
}

fn code_generation_unsupported(ctx: &mut Context, _call: &NativeCall) -> JsResult<Value> {
    ctx.throw_error(ErrorKind::EvalError, "Code generation from strings is not supported by kiln yet")
}

/// %AsyncIteratorPrototype%[@@asyncIterator] (§27.1.3.1): returns `this`.
fn async_iterator_self(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this)
}

/// %GeneratorPrototype%.next (§27.5.1.2).
fn generator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::generator_resume_js(ctx, call.this, call.arg(0), resume_mode::NEXT, "next")
}

/// True when `next` is %GeneratorPrototype%.next (iteration may then resume a generator
/// without making its result objects: `iteration::iterator_next`).
pub(crate) fn is_intrinsic_next(next: Value) -> bool {
    crate::builtins::array::native_function_of(next).is_some_and(|native| std::ptr::fn_addr_eq(native, generator_next as crate::object::function::NativeFn))
}

/// %GeneratorPrototype%.return (§27.5.1.3).
fn generator_return(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::generator_resume_js(ctx, call.this, call.arg(0), resume_mode::RETURN, "return")
}

/// %GeneratorPrototype%.throw (§27.5.1.4).
fn generator_throw(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::generator_resume_js(ctx, call.this, call.arg(0), resume_mode::THROW, "throw")
}

/// %AsyncGeneratorPrototype%.next (§27.6.1.2).
fn async_generator_next(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::async_generator::enqueue_js(ctx, call.this, call.arg(0), resume_mode::NEXT, "next")
}

/// %AsyncGeneratorPrototype%.return (§27.6.1.3).
fn async_generator_return(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::async_generator::enqueue_js(ctx, call.this, call.arg(0), resume_mode::RETURN, "return")
}

/// %AsyncGeneratorPrototype%.throw (§27.6.1.4).
fn async_generator_throw(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    generator::async_generator::enqueue_js(ctx, call.this, call.arg(0), resume_mode::THROW, "throw")
}

/// True when `value` is a generator object (for `util.types`-style checks).
pub fn is_generator_object(value: Value) -> bool {
    matches!(value.as_object().map(|object| object.get().kind()), Some(ObjectKind::Generator(data)) if data.kind() != generator::GeneratorKind::Async)
}
