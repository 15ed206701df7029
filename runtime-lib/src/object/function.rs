//! Function objects: compiled closures, native built-ins and bound functions, all callable
//! through one entry pointer with the `kiln_abi::JsFunctionPtr` signature; and [[Call]] /
//! [[Construct]] (§10.2.1, §10.2.2, §10.3, §10.4.1) plus OrdinaryHasInstance.
//!
//! A native built-in is a Rust `NativeFn`; its function object's entry pointer is a shared
//! trampoline that reads the `NativeFn` back from the callee. See docs/dev/runtime-api.md.

use super::property::{Attributes, PropertyKey};
use super::{ops, JsObject, ObjectKind};
use crate::context::Context;
use crate::error::{JsResult, Throw, ThrowExt};
use crate::gc::{Gc, Tracer};
use crate::string::JsString;
use crate::value::Value;
use kiln_abi::JsFunctionPtr;

/// `kiln_function_new` flag: the function is a constructor (gets a `prototype`).
pub const FLAG_CONSTRUCTOR: u32 = 1;
/// `kiln_function_new` flag: arrow function.
pub const FLAG_ARROW: u32 = 2;
/// `kiln_function_new` flag: strict-mode code.
pub const FLAG_STRICT: u32 = 4;
/// `kiln_function_new` flag: a generator function (`function*`; with `FLAG_ASYNC` an async
/// generator). Never a constructor; its `prototype` inherits %GeneratorPrototype%.
pub const FLAG_GENERATOR: u32 = 1 << 5;
/// `kiln_function_new` flag: an async function, arrow or method. Never a constructor.
pub const FLAG_ASYNC: u32 = 1 << 6;
/// Set by `kiln_class_new_js`: a class constructor ([[Call]] throws).
pub const FLAG_CLASS_CONSTRUCTOR: u32 = 1 << 16;
/// Set by `kiln_class_new_js` for `extends`: [[Construct]] makes no `this`; `super()` does.
pub const FLAG_DERIVED: u32 = 1 << 17;
/// A native built-in whose calls stack traces show, as V8 shows its built-ins
/// (`at Array.map (<anonymous>)`).
pub const FLAG_NATIVE_FRAME: u32 = 1 << 18;

/// The Rust signature of a native built-in.
pub type NativeFn = fn(&mut Context, &NativeCall<'_>) -> JsResult<Value>;

/// The arguments of a native call.
pub struct NativeCall<'a> {
    /// The function object being called.
    pub callee: Value,
    /// `this` (raw: natives coerce it themselves as their spec steps say).
    pub this: Value,
    /// The arguments.
    pub args: &'a [Value],
    /// `new.target`: undefined for a plain call, the constructor for `new`.
    pub new_target: Value,
}

impl NativeCall<'_> {
    /// Argument `index`, or undefined when absent.
    #[inline]
    pub fn arg(&self, index: usize) -> Value {
        self.args.get(index).copied().unwrap_or(Value::UNDEFINED)
    }

    /// True when called with `new`.
    pub fn is_construct(&self) -> bool {
        !self.new_target.is_undefined()
    }

    /// The native data value stored when the function was created (see `new_native_with_data`).
    pub fn data(&self) -> Value {
        match self.callee.as_object().map(|callee| callee.get().kind()) {
            Some(ObjectKind::Function(function)) => function.native_data(),
            _ => Value::UNDEFINED,
        }
    }
}

/// The internal slots of a function object.
pub struct FunctionData {
    /// The entry point every call goes through.
    pub(crate) entry: JsFunctionPtr,
    /// `FLAG_*` bits.
    pub(crate) flags: u32,
    /// What kind of function this is.
    pub(crate) variant: FunctionVariant,
    /// A compiled function's [[HomeObject]] (methods, for `super`) or undefined; a native's
    /// data value (`NativeCall::data`). One field serves both so that `FunctionData` takes 40
    /// bytes (`ObjectKind`'s size).
    pub(crate) home_or_data: Value,
    /// As a `new.target`: the most named properties an object it constructed had when its
    /// construction finished (0 before the first), the inline slots the next one gets.
    pub(crate) instance_slots: u32,
}

/// Where a compiled function's entry and environment pointer sit in its cell (`kind`'s
/// payload); enum layout is not specified, so they are measured at compile time and asserted
/// against the ABI.
const fn compiled_function_offsets() -> (usize, usize) {
    unsafe extern "C" fn nothing(_: *mut u8, _: u64, _: u64, _: u64, _: *const u64) -> u64 {
        0
    }
    let data = FunctionData {
        entry: nothing,
        flags: 0,
        variant: FunctionVariant::Compiled { env: std::ptr::null_mut(), id: 0 },
        home_or_data: Value::UNDEFINED,
        instance_slots: 0,
    };
    let kind = ObjectKind::Function(data);
    let base = &kind as *const ObjectKind as *const u8;
    let offsets = match &kind {
        ObjectKind::Function(FunctionData { entry, variant: FunctionVariant::Compiled { env, .. }, .. }) => {
            // SAFETY: all three pointers are into `kind`.
            unsafe {
                (
                    (entry as *const JsFunctionPtr as *const u8).offset_from(base) as usize,
                    (env as *const *mut u8 as *const u8).offset_from(base) as usize,
                )
            }
        }
        _ => (usize::MAX, usize::MAX),
    };
    std::mem::forget(kind);
    let start = crate::object::KIND_OFFSET;
    (start + offsets.0, start + offsets.1)
}

// Compiled code reads a callee's entry and its own environment inline
// (`kiln_abi::function_offset`).
const _: () = assert!(compiled_function_offsets().0 == kiln_abi::function_offset::ENTRY as usize);
const _: () = assert!(compiled_function_offsets().1 == kiln_abi::function_offset::ENV as usize);

/// The three kinds of functions.
pub enum FunctionVariant {
    /// Compiled JS: `env` is its closure environment (or null), `id` indexes the program's
    /// function table.
    Compiled {
        /// The environment cell, or null.
        env: *mut u8,
        /// Index into `ProgramInfo::functions`.
        id: u32,
    },
    /// A native built-in (the value it can read back, `NativeCall::data`, is
    /// `FunctionData::home_or_data`).
    Native {
        /// The Rust implementation.
        function: NativeFn,
    },
    /// A bound function exotic object (§10.4.1).
    Bound(Box<BoundFunction>),
}

/// [[BoundTargetFunction]], [[BoundThis]], [[BoundArguments]].
pub struct BoundFunction {
    /// The target.
    pub target: Gc<JsObject>,
    /// The bound `this`.
    pub this: Value,
    /// The bound leading arguments.
    pub args: Vec<Value>,
}

impl FunctionData {
    /// True when [[Construct]] exists.
    pub fn is_constructor(&self) -> bool {
        match &self.variant {
            FunctionVariant::Bound(bound) => bound.target.get().is_constructor(),
            _ => self.flags & FLAG_CONSTRUCTOR != 0,
        }
    }

    /// True for strict-mode functions (natives count as strict).
    pub fn is_strict(&self) -> bool {
        self.flags & FLAG_STRICT != 0 || !matches!(self.variant, FunctionVariant::Compiled { .. })
    }

    /// The compiled environment pointer (null for natives and bound functions).
    pub fn env(&self) -> *mut u8 {
        match self.variant {
            FunctionVariant::Compiled { env, .. } => env,
            _ => std::ptr::null_mut(),
        }
    }

    /// True for generator functions (sync or async).
    pub fn is_generator(&self) -> bool {
        self.flags & FLAG_GENERATOR != 0
    }

    /// True for async functions and async generator functions.
    pub fn is_async(&self) -> bool {
        self.flags & FLAG_ASYNC != 0
    }

    /// True for class constructors.
    pub fn is_class_constructor(&self) -> bool {
        self.flags & FLAG_CLASS_CONSTRUCTOR != 0
    }

    /// True for derived class constructors (`class B extends A`).
    pub fn is_derived(&self) -> bool {
        self.flags & FLAG_DERIVED != 0
    }

    /// [[HomeObject]], or undefined.
    pub fn home_object(&self) -> Value {
        match self.variant {
            FunctionVariant::Native { .. } => Value::UNDEFINED,
            _ => self.home_or_data,
        }
    }

    /// Sets [[HomeObject]] (ignored for a native, which has none).
    pub(crate) fn set_home_object(&mut self, home: Value) {
        if !matches!(self.variant, FunctionVariant::Native { .. }) {
            self.home_or_data = home;
        }
    }

    /// A native function's data value (see `new_native_with_data`), or undefined.
    pub fn native_data(&self) -> Value {
        match self.variant {
            FunctionVariant::Native { .. } => self.home_or_data,
            _ => Value::UNDEFINED,
        }
    }

    /// Takes a native function's data value, leaving undefined (a one-shot closure such as a
    /// proxy's revoke function forgets what it held).
    pub fn take_native_data(&mut self) -> Value {
        match self.variant {
            FunctionVariant::Native { .. } => std::mem::replace(&mut self.home_or_data, Value::UNDEFINED),
            _ => Value::UNDEFINED,
        }
    }

    pub(crate) fn trace(&self, tracer: &mut Tracer) {
        tracer.value(self.home_or_data);
        match &self.variant {
            FunctionVariant::Compiled { env, .. } => tracer.raw(*env as usize),
            FunctionVariant::Native { .. } => {}
            FunctionVariant::Bound(bound) => {
                tracer.cell(bound.target);
                tracer.value(bound.this);
                tracer.values(&bound.args);
                tracer.external(bound.args.capacity() * 8);
            }
        }
    }
}

/// Creates a compiled closure (`kiln_function_new`): `length` and `name` properties, plus a
/// fresh `prototype` object for constructors; sloppy-mode constructors also get V8's
/// non-writable `arguments` and `caller` (null) own properties.
pub fn new_compiled(
    ctx: &mut Context,
    entry: JsFunctionPtr,
    env: *mut u8,
    name: Value,
    length: u32,
    flags: u32,
    id: u32,
) -> Gc<JsObject> {
    let name = if name.is_string() { name } else { Value::string(ctx.atoms.empty) };
    if flags & (FLAG_GENERATOR | FLAG_ASYNC) != 0 {
        return crate::generator::new_resumable_function(ctx, entry, env, name, length, flags, id);
    }
    let variant = FunctionVariant::Compiled { env, id };
    let data = FunctionData { entry, flags, variant, home_or_data: Value::UNDEFINED, instance_slots: 0 };
    let constructor = flags & FLAG_CONSTRUCTOR != 0;
    let sloppy = flags & FLAG_STRICT == 0;
    let slots = [Value::number(length as f64), name, Value::NULL, Value::NULL, Value::UNDEFINED];
    let (shape, slots, prototype_slot) = match (constructor, sloppy) {
        (true, true) => (ctx.realm.shapes.sloppy_function, &slots[..], 4),
        (true, false) => (ctx.realm.shapes.constructor_function, &[slots[0], slots[1], Value::UNDEFINED][..], 2),
        (false, _) => (ctx.realm.shapes.function, &slots[..2], 0),
    };
    let prototype = ctx.realm.function_prototype;
    let function = super::new_with_slots(ctx, shape, slots, Some(prototype), ObjectKind::Function(data));
    // Compiled code calls it straight through its entry (a class constructor loses the tag).
    function.get_mut().element_tag = kiln_abi::element_tag::CALLABLE;
    if constructor {
        let shape = ctx.realm.shapes.prototype_object;
        let object_prototype = ctx.realm.object_prototype;
        let prototype_object = super::new_with_slots(ctx, shape, &[Value::object(function)], Some(object_prototype), ObjectKind::Ordinary);
        function.get_mut().slots.set(prototype_slot, Value::object(prototype_object));
    }
    function
}

/// Creates a native built-in function with `name` and `length`; `constructor` says whether it
/// has [[Construct]] (the native then creates its object itself from `new_target`).
pub fn new_native(ctx: &mut Context, name: Gc<JsString>, length: u32, function: NativeFn, constructor: bool) -> Gc<JsObject> {
    new_native_with_data(ctx, name, length, function, constructor, Value::UNDEFINED)
}

/// Like `new_native`, with a value the native reads back through `NativeCall::data`.
pub fn new_native_with_data(
    ctx: &mut Context,
    name: Gc<JsString>,
    length: u32,
    function: NativeFn,
    constructor: bool,
    data: Value,
) -> Gc<JsObject> {
    let flags = FLAG_STRICT
        | if constructor { FLAG_CONSTRUCTOR } else { 0 }
        | if ctx.showing_native_frames { FLAG_NATIVE_FRAME } else { 0 };
    let variant = FunctionVariant::Native { function };
    let data = FunctionData { entry: native_entry, flags, variant, home_or_data: data, instance_slots: 0 };
    let shape = ctx.realm.shapes.function;
    let prototype = ctx.realm.function_prototype;
    let slots = [Value::number(length as f64), Value::string(name)];
    super::new_with_slots(ctx, shape, &slots, Some(prototype), ObjectKind::Function(data))
}

/// BoundFunctionCreate (§10.4.1.3) without the `name`/`length` properties (Function.prototype.
/// bind adds those).
pub fn new_bound(ctx: &mut Context, target: Gc<JsObject>, this: Value, args: Vec<Value>) -> Gc<JsObject> {
    let prototype = target.get().prototype;
    let flags = FLAG_STRICT;
    let variant = FunctionVariant::Bound(Box::new(BoundFunction { target, this, args }));
    let data = FunctionData { entry: bound_entry, flags, variant, home_or_data: Value::UNDEFINED, instance_slots: 0 };
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, prototype, ObjectKind::Function(data)))
}

/// Call(F, V, args) (§7.3.14); a non-callable `callee` throws "x is not a function".
pub fn call(ctx: &mut Context, callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    let entry = match callee.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(function)) if !function.is_class_constructor() => function.entry,
        Some(ObjectKind::Function(_)) => {
            let name = callee.as_object().map(|object| name_of(object, ctx.atoms.name)).unwrap_or_default();
            if name.is_empty() {
                return ctx.throw_type_error("Class constructors cannot be invoked without 'new'");
            }
            return ctx.throw_type_error(&format!("Class constructor {name} cannot be invoked without 'new'"));
        }
        Some(ObjectKind::Proxy(data)) if data.callable => {
            let proxy = callee.as_object().expect("a proxy is an object");
            return crate::builtins::proxy::call_js(ctx, proxy, this, args);
        }
        _=> {
            let text = crate::error::describe_value(ctx, callee);
            return ctx.throw_type_error(&format!("{text} is not a function"));
        }
    };
    ctx.check_stack()?;
    ctx.new_target = Value::UNDEFINED;
    // SAFETY: `entry` is the JS entry of a live function object; we pass the context, the
    // callee, and a pointer/length pair describing `args`, which outlives the call.
    let result = unsafe { entry(ctx as *mut Context as *mut u8, callee.bits(), this.bits(), args.len() as u64, args.as_ptr() as *const u64) };
    result_of(result)
}

/// Construct(F, args, newTarget) (§7.3.15). `callee` must be a constructor (check with
/// `Value::is_constructor` and throw "x is not a constructor" first).
pub fn construct(ctx: &mut Context, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    // The common case, `new F(…)` of a compiled base constructor (a function or a base
    // class), takes the short path.
    if callee == new_target {
        if let Some(object) = callee.as_object() {
            if let ObjectKind::Function(function) = object.get().kind() {
                if function.flags & (FLAG_CONSTRUCTOR | FLAG_DERIVED) == FLAG_CONSTRUCTOR
                    && matches!(function.variant, FunctionVariant::Compiled { .. })
                {
                    let (entry, instance_slots) = (function.entry, function.instance_slots);
                    return construct_base(ctx, object, entry, instance_slots, args);
                }
            }
        }
    }
    construct_general(ctx, callee, args, new_target)
}

/// [[Construct]] of the compiled base constructor `callee` as its own `new.target`
/// (`entry` and `instance_slots` are its `FunctionData`'s): OrdinaryCreateFromConstructor
/// with `callee.prototype`, then the body, then the result rule of §10.2.2 step 10.
#[inline]
fn construct_base(ctx: &mut Context, callee: Gc<JsObject>, entry: JsFunctionPtr, instance_slots: u32, args: &[Value]) -> JsResult<Value> {
    ctx.check_stack()?;
    let default = ctx.realm.object_prototype;
    // A function made by `new_compiled` still has its prebuilt shape: `prototype` is a plain
    // data property in a known slot (the first cases of `prototype_from_constructor`).
    let cell = callee.get();
    let slot = if cell.shape == ctx.realm.shapes.sloppy_function {
        4
    } else if cell.shape == ctx.realm.shapes.constructor_function {
        2
    } else {
        usize::MAX
    };
    let prototype = match cell.slots.get(slot) {
        Some(value) => value.as_object().unwrap_or(default),
        None => prototype_from_constructor(ctx, Value::object(callee), default)?,
    };
    let inline_slots = if instance_slots != 0 { instance_slots as usize } else { super::DEFAULT_INLINE_SLOTS };
    let shape = ctx.root_shape;
    let this = super::new_ordinary(ctx, shape, Some(prototype), inline_slots);
    ctx.new_target = Value::object(callee);
    // SAFETY: as in `call`.
    let result = unsafe {
        entry(ctx as *mut Context as *mut u8, Value::object(callee).bits(), Value::object(this).bits(), args.len() as u64, args.as_ptr() as *const u64)
    };
    let result = result_of(result)?;
    if result.is_object() {
        return Ok(result);
    }
    note_instance_slots(Value::object(callee), this);
    Ok(Value::object(this))
}

/// `construct` for every case but the short path's: derived class constructors, natives,
/// bound functions, proxies, and a `new.target` other than the callee.
#[inline(never)]
fn construct_general(ctx: &mut Context, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let Some(object) = callee.as_object() else {
        let text = crate::error::describe_value(ctx, callee);
        return ctx.throw_type_error(&format!("{text} is not a constructor"));
    };
    ctx.check_stack()?;
    let (entry, bound) = match object.get().kind() {
        ObjectKind::Function(function) if function.is_constructor() => match &function.variant {
            FunctionVariant::Compiled { .. } if function.is_derived() => {
                // A derived constructor gets its `this` from super(), which the compiled body
                // calls; it must return that object.
                let entry = function.entry;
                ctx.new_target = new_target;
                // SAFETY: as in `call`.
                let result = unsafe {
                    entry(ctx as *mut Context as *mut u8, callee.bits(), Value::UNINITIALIZED.bits(), args.len() as u64, args.as_ptr() as *const u64)
                };
                let result = result_of(result)?;
                if let Some(instance) = result.as_object() {
                    note_instance_slots(new_target, instance);
                    return Ok(result);
                }
                if result.is_undefined() || result.is_hole() || result == Value::UNINITIALIZED {
                    return ctx.throw_reference_error(
                        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                    );
                }
                return ctx.throw_type_error("Derived constructors may only return object or undefined");
            }
            FunctionVariant::Compiled { .. } => (function.entry, None),
            FunctionVariant::Native { .. } => {
                ctx.new_target = new_target;
                // SAFETY: as in `call`; the native reads `new_target` from the context.
                let result = unsafe {
                    (function.entry)(ctx as *mut Context as *mut u8, callee.bits(), Value::UNDEFINED.bits(), args.len() as u64, args.as_ptr() as *const u64)
                };
                return result_of(result);
            }
            FunctionVariant::Bound(bound) => (function.entry, Some((bound.target, bound.args.clone()))),
        },
        ObjectKind::Proxy(data) if data.constructor => return crate::builtins::proxy::construct_js(ctx, object, args, new_target),
        _ => {
            let text = crate::error::describe_value(ctx, callee);
            return ctx.throw_type_error(&format!("{text} is not a constructor"));
        }
    };
    if let Some((target, mut bound_args)) = bound {
        // The bound arguments are also held by the bound function (the live callee), and the
        // call arguments by our caller, so this Rust-heap copy needs no rooting.
        let new_target = if new_target == callee { Value::object(target) } else { new_target };
        bound_args.extend_from_slice(args);
        return construct(ctx, Value::object(target), &bound_args, new_target);
    }
    let default = ctx.realm.object_prototype;
    let prototype = prototype_from_constructor(ctx, new_target, default)?;
    let shape = ctx.root_shape;
    let inline_slots = match new_target.as_object().map(|target| target.get().kind()) {
        Some(ObjectKind::Function(data)) if data.instance_slots != 0 => data.instance_slots as usize,
        _ => super::DEFAULT_INLINE_SLOTS,
    };
    let this = super::new_ordinary(ctx, shape, Some(prototype), inline_slots);
    ctx.new_target = new_target;
    // SAFETY: as in `call`.
    let result = unsafe {
        entry(ctx as *mut Context as *mut u8, callee.bits(), Value::object(this).bits(), args.len() as u64, args.as_ptr() as *const u64)
    };
    let result = result_of(result)?;
    if result.is_object() {
        return Ok(result);
    }
    note_instance_slots(new_target, this);
    Ok(Value::object(this))
}

/// Records how many named properties `instance` ended its construction with, so that the next
/// object `new_target` constructs gets that many inline slots.
#[inline]
fn note_instance_slots(new_target: Value, instance: Gc<JsObject>) {
    let count = instance.get().slots.len().clamp(1, super::MAX_INLINE_SLOTS) as u32;
    if let Some(target) = new_target.as_object() {
        if let Some(ObjectKind::Function(data)) = target.get_mut().kind_mut() {
            if count > data.instance_slots {
                data.instance_slots = count;
            }
        }
    }
}

/// GetPrototypeFromConstructor (§10.1.14): `constructor.prototype` if it is an object, else
/// `default`.
pub fn prototype_from_constructor(ctx: &mut Context, constructor: Value, default: Gc<JsObject>) -> JsResult<Gc<JsObject>> {
    let Some(constructor) = constructor.as_object() else { return Ok(default) };
    // A function made by `new_compiled` still has its prebuilt shape: `prototype` is a plain
    // data property in a known slot.
    let cell = constructor.get();
    let slot = if cell.shape == ctx.realm.shapes.constructor_function {
        Some(2)
    } else if cell.shape == ctx.realm.shapes.sloppy_function {
        Some(4)
    } else {
        None
    };
    if let Some(value) = slot.and_then(|slot| cell.slots.get(slot)) {
        return Ok(value.as_object().unwrap_or(default));
    }
    // Other shaped functions (class constructors, whose `prototype` is read-only): a small
    // memo of where their shape keeps it.
    let shape = cell.shape;
    // Shapes are cells of one size class, so their low address bits repeat: mix them all.
    let memo = (shape.addr().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - 2)) & 3;
    if ctx.prototype_slots[memo].0 == shape.addr() {
        if let Some(value) = cell.slots.get(ctx.prototype_slots[memo].1 as usize) {
            return Ok(value.as_object().unwrap_or(default));
        }
    }
    if !cell.is_dictionary() && !shape.get().is_dictionary() && !matches!(*cell.kind(), ObjectKind::Proxy(_)) {
        let key = PropertyKey::String(ctx.atoms.prototype);
        if let Some((slot, attributes)) = shape.get().lookup(key) {
            if !attributes.is_accessor() && !attributes.is_lazy() {
                if let Some(value) = cell.slots.get(slot as usize).filter(|value| !value.is_hole()) {
                    ctx.prototype_slots[memo] = (shape.addr(), slot);
                    return Ok(value.as_object().unwrap_or(default));
                }
            }
        }
    }
    let key = PropertyKey::String(ctx.atoms.prototype);
    let prototype = ops::get(ctx, constructor, key, Value::object(constructor))?;
    Ok(prototype.as_object().unwrap_or(default))
}

/// OrdinaryHasInstance (§7.3.21).
pub fn ordinary_has_instance(ctx: &mut Context, constructor: Value, value: Value) -> JsResult<bool> {
    let Some(function) = constructor.as_object().filter(|object| object.get().is_callable()) else { return Ok(false) };
    if let ObjectKind::Function(FunctionData { variant: FunctionVariant::Bound(bound), .. }) = function.get().kind() {
        let target = Value::object(bound.target);
        return crate::value::ops::instance_of(ctx, value, target);
    }
    let Some(mut object) = value.as_object() else { return Ok(false) };
    let key = PropertyKey::String(ctx.atoms.prototype);
    let prototype = ops::get(ctx, function, key, constructor)?;
    let Some(prototype) = prototype.as_object() else {
        let text = crate::error::describe_value(ctx, prototype);
        return ctx.throw_type_error(&format!("Function has non-object prototype '{text}' in instanceof check"));
    };
    loop {
        match ops::get_prototype_of_js(ctx, object)? {
            Some(next) if next == prototype => return Ok(true),
            Some(next) => object = next,
            None => return Ok(false),
        }
    }
}

/// The function's own `name` data property as Rust text ("" when absent or not a string).
pub fn name_of(object: Gc<JsObject>, name_atom: Gc<JsString>) -> String {
    let cell = object.get();
    if !cell.is_dictionary() {
        if let Some((slot, attributes)) = cell.shape.get().lookup(PropertyKey::String(name_atom)) {
            if !attributes.is_accessor() {
                if let Some(name) = cell.slots.as_slice()[slot as usize].as_string() {
                    return name.get().to_rust_string();
                }
            }
        }
        return String::new();
    }
    match cell.dictionary().and_then(|dictionary| dictionary.get(PropertyKey::String(name_atom))) {
        Some(entry) if !entry.attributes.is_accessor() => {
            entry.value.as_string().map(|name| name.get().to_rust_string()).unwrap_or_default()
        }
        _ => String::new(),
    }
}

/// Converts an entry-point result to a `JsResult`.
#[inline]
pub fn result_of(bits: u64) -> JsResult<Value> {
    if bits == kiln_abi::EXCEPTION {
        Err(Throw)
    } else {
        Ok(Value::from_bits(bits))
    }
}

/// The JS entry of every native built-in: unpacks the call and runs the `NativeFn`.
unsafe extern "C" fn native_entry(ctx: *mut u8, callee: u64, this: u64, argc: u64, argv: *const u64) -> u64 {
    // SAFETY: every caller passes the live context pointer it was given.
    let ctx = unsafe { &mut *(ctx as *mut Context) };
    let new_target = std::mem::replace(&mut ctx.new_target, Value::UNDEFINED);
    let callee = Value::from_bits(callee);
    let (function, flags) = match callee.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(FunctionData { variant: FunctionVariant::Native { function, .. }, flags, .. })) => {
            (*function, *flags)
        }
        _ => crate::util::fatal("native entry called with a non-native callee"),
    };
    let args: &[Value] = if argc == 0 || argv.is_null() {
        &[]
    } else {
        // SAFETY: the caller passes `argc` values at `argv`, alive for the call.
        unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) }
    };
    let call = NativeCall { callee, this: Value::from_bits(this), args, new_target };
    let result = if flags & FLAG_NATIVE_FRAME != 0 {
        let record = crate::stack_trace::NativeFrame::new(ctx, &call);
        ctx.native_frames = &record;
        let result = function(ctx, &call);
        ctx.native_frames = record.previous;
        result
    } else {
        function(ctx, &call)
    };
    match result {
        Ok(value) => value.bits(),
        Err(Throw) => kiln_abi::EXCEPTION,
    }
}

/// The JS entry of bound functions: calls the target with the bound `this` and arguments.
unsafe extern "C" fn bound_entry(ctx: *mut u8, callee: u64, _this: u64, argc: u64, argv: *const u64) -> u64 {
    // SAFETY: as in `native_entry`.
    let ctx = unsafe { &mut *(ctx as *mut Context) };
    let callee_value = Value::from_bits(callee);
    let (target, this, mut args) = match callee_value.as_object().map(|object| object.get().kind()) {
        Some(ObjectKind::Function(FunctionData { variant: FunctionVariant::Bound(bound), .. })) => {
            (bound.target, bound.this, bound.args.clone())
        }
        _ => crate::util::fatal("bound entry called with a non-bound callee"),
    };
    if argc > 0 && !argv.is_null() {
        // SAFETY: as in `native_entry`.
        args.extend_from_slice(unsafe { std::slice::from_raw_parts(argv as *const Value, argc as usize) });
    }
    // The values in `args` are also held by the bound function and by our caller's argv.
    match call(ctx, Value::object(target), this, &args) {
        Ok(value) => value.bits(),
        Err(Throw) => kiln_abi::EXCEPTION,
    }
}

/// Attributes of a function's `prototype` property (writable, not enumerable, not configurable).
pub const PROTOTYPE_ATTRIBUTES: Attributes = Attributes::data(true, false, false);
