//! The realm: the global object and the intrinsics (%Object.prototype%, %Array.prototype%, …)
//! plus the prebuilt shapes hot paths use, and THE registration list of built-ins
//! ([`BUILTINS`]). Adding a global means writing `builtins/<name>.rs` with an `init` function
//! and adding one line to that list (see docs/dev/runtime-api.md).

use crate::context::Context;
use crate::error::ErrorKind;
use crate::gc::{Gc, Trace, Tracer};
use crate::object::array::ArrayData;
use crate::object::shape::Shape;
use crate::object::{function, ops, Attributes, JsObject, ObjectKind, PropertyKey};
use crate::value::Value;

/// One built-in installer: a name for diagnostics and the function that installs it.
pub type BuiltinInit = (&'static str, fn(&mut Context));

/// Every built-in, installed in this order after the bare intrinsic objects exist. Order
/// matters only where an installer reads another's result (e.g. `console` after `Object`).
pub const BUILTINS: &[BuiltinInit] = &[
    ("Object", crate::builtins::object::init),
    ("Function", crate::builtins::function::init),
    ("Symbol", crate::builtins::symbol::init),
    ("Error", crate::builtins::error::init),
    ("Iterator", crate::builtins::iterator::init),
    ("generators and async functions", crate::builtins::generator::init),
    ("Array", crate::builtins::array::init),
    ("String", crate::builtins::string::init),
    ("Number", crate::builtins::number::init),
    ("Boolean", crate::builtins::boolean::init),
    ("global", crate::builtins::global::init),
    ("Array.prototype", crate::builtins::array_methods::init),
    ("Array.prototype.sort", crate::builtins::array_sort::init),
    ("Object statics", crate::builtins::object_statics::init),
    ("Math", crate::builtins::math::init),
    ("global functions", crate::builtins::global_functions::init),
    ("Number methods", crate::builtins::number_methods::init),
    // A runtime feature, installed here (when the program has it) for V8's property order.
    ("RegExp", |ctx| install_feature(ctx, kiln_abi::REGEXP_FEATURE)),
    ("Date", crate::builtins::date::init),
    ("String.prototype", crate::builtins::string_methods::init),
    ("JSON", crate::builtins::json::init),
    ("Map and Set", crate::builtins::map_set::init),
    ("weak references", crate::builtins::weak::init),
    ("URI functions", crate::builtins::uri::init),
    ("AggregateError", crate::builtins::aggregate_error::init),
    ("Promise", crate::builtins::promise::init),
    ("BigInt", crate::builtins::bigint::init),
    ("ArrayBuffer and SharedArrayBuffer", crate::builtins::array_buffer::init),
    ("typed arrays", crate::builtins::typed_array::init),
    ("%TypedArray%.prototype", crate::builtins::typed_array_methods::init),
    ("DataView", crate::builtins::data_view::init),
    ("Atomics", crate::builtins::atomics::init),
    ("Proxy", crate::builtins::proxy::init),
    ("Reflect", crate::builtins::reflect::init),
    ("console", crate::node::console::init),
    ("process", crate::node::process::init),
    ("process events", crate::node::process_events::init),
    ("timers", crate::node::timers::init),
    ("core module cache", crate::node::init),
];

/// Shapes built once so that hot allocations (closures, iterator results) skip transitions.
pub struct RealmShapes {
    /// `length`, `name` (functions without `prototype`).
    pub function: Gc<Shape>,
    /// `length`, `name`, `prototype` (strict constructors).
    pub constructor_function: Gc<Shape>,
    /// `length`, `name`, `arguments`, `caller`, `prototype` (sloppy constructors, as V8 has them).
    pub sloppy_function: Gc<Shape>,
    /// `constructor` (a constructor's fresh `prototype` object).
    pub prototype_object: Gc<Shape>,
    /// `value`, `done` (iterator results).
    pub iter_result: Gc<Shape>,
    /// `index`, `input`, `groups` (an array of RegExp exec results).
    pub match_result: Gc<Shape>,
    /// `lastIndex` (writable, not enumerable, not configurable: a RegExp instance).
    pub regexp: Gc<Shape>,
}

macro_rules! intrinsics {
    ($($(#[doc = $doc:expr])* $field:ident,)*) => {
        /// The global object and intrinsics of the one realm.
        pub struct Realm {
            $($(#[doc = $doc])* pub $field: Gc<JsObject>,)*
            /// %Error.prototype%, %TypeError.prototype%, … indexed by `ErrorKind`.
            pub error_prototypes: [Gc<JsObject>; 7],
            /// The error constructors, indexed by `ErrorKind`.
            pub error_constructors: [Gc<JsObject>; 7],
            /// Prebuilt shapes.
            pub shapes: RealmShapes,
        }

        impl Realm {
            /// A realm whose every field is `placeholder` (valid for tracing) until `initialize`.
            pub fn placeholder(placeholder: Gc<JsObject>, shape: Gc<Shape>) -> Realm {
                Realm {
                    $($field: placeholder,)*
                    error_prototypes: [placeholder; 7],
                    error_constructors: [placeholder; 7],
                    shapes: RealmShapes {
                        function: shape,
                        constructor_function: shape,
                        sloppy_function: shape,
                        prototype_object: shape,
                        iter_result: shape,
                        match_result: shape,
                        regexp: shape,
                    },
                }
            }
        }

        impl Trace for Realm {
            fn trace(&self, tracer: &mut Tracer) {
                // One loop over the fields, not one inlined marking per field (that took
                // 18 KB of every binary).
                let intrinsics = [$(self.$field,)*];
                for &object in intrinsics.iter().chain(&self.error_prototypes).chain(&self.error_constructors) {
                    tracer.cell(object);
                }
                let shapes = &self.shapes;
                let prebuilt = [
                    shapes.function,
                    shapes.constructor_function,
                    shapes.sloppy_function,
                    shapes.prototype_object,
                    shapes.iter_result,
                    shapes.match_result,
                    shapes.regexp,
                ];
                for shape in prebuilt {
                    tracer.cell(shape);
                }
            }
        }
    };
}

intrinsics! {
    /// The global object.
    global,
    /// An object never exposed to programs, without a prototype, whose first slot holds
    /// `undefined`: read caches record a property absent from a whole prototype chain as found
    /// in it (`abi/caches.rs`).
    absent_holder,
    /// %Object.prototype%.
    object_prototype,
    /// %Object%.
    object_constructor,
    /// %Function.prototype%.
    function_prototype,
    /// %Function%.
    function_constructor,
    /// %Array.prototype%.
    array_prototype,
    /// %Array%.
    array_constructor,
    /// %String.prototype%.
    string_prototype,
    /// %Number.prototype%.
    number_prototype,
    /// %Boolean.prototype%.
    boolean_prototype,
    /// %Symbol.prototype%.
    symbol_prototype,
    /// %IteratorPrototype%.
    iterator_prototype,
    /// %ArrayIteratorPrototype%.
    array_iterator_prototype,
    /// %StringIteratorPrototype%.
    string_iterator_prototype,
    /// %Array.prototype.values% (also `Array.prototype[Symbol.iterator]`).
    array_values,
    /// %ArrayIteratorPrototype%.next.
    array_iterator_next,
    /// %String.prototype%[Symbol.iterator].
    string_iterator,
    /// %StringIteratorPrototype%.next.
    string_iterator_next,
    /// %Function.prototype%[Symbol.hasInstance].
    function_has_instance,
    /// %ThrowTypeError% (§10.2.4.1): the getter and setter of a strict `arguments.callee`
    /// (set by `builtins::function`).
    throw_type_error,
    /// %GeneratorFunction.prototype% (set by `builtins::generator`).
    generator_function_prototype,
    /// %GeneratorPrototype% (%GeneratorFunction.prototype.prototype%).
    generator_prototype,
    /// %AsyncFunction.prototype%.
    async_function_prototype,
    /// %AsyncGeneratorFunction.prototype%.
    async_generator_function_prototype,
    /// %AsyncGeneratorPrototype%.
    async_generator_prototype,
    /// %AsyncIteratorPrototype%.
    async_iterator_prototype,
    /// node's `process` object.
    process,
    /// `process`'s listeners: event name → array of functions (`node::process_events`).
    process_listeners,
    /// %Promise% (set by `builtins::promise`).
    promise_constructor,
    /// %Promise.prototype%.
    promise_prototype,
    /// %AggregateError.prototype% (set by `builtins::aggregate_error`).
    aggregate_error_prototype,
    /// node's `Timeout.prototype` (set by `node::timers`).
    timeout_prototype,
    /// node's `Immediate.prototype`.
    immediate_prototype,
    /// %RegExp%.
    regexp_constructor,
    /// %RegExp.prototype%.
    regexp_prototype,
    /// %RegExpStringIteratorPrototype%.
    regexp_string_iterator_prototype,
    /// %Date.prototype%.
    date_prototype,
    /// %Map.prototype% (set by `builtins::map_set`).
    map_prototype,
    /// %Set.prototype%.
    set_prototype,
    /// %MapIteratorPrototype%.
    map_iterator_prototype,
    /// %SetIteratorPrototype%.
    set_iterator_prototype,
    /// %WeakMap.prototype% (set by `builtins::weak`).
    weak_map_prototype,
    /// %WeakSet.prototype%.
    weak_set_prototype,
    /// %WeakRef.prototype%.
    weak_ref_prototype,
    /// %FinalizationRegistry.prototype%.
    finalization_registry_prototype,
    /// %BigInt.prototype% (set by `builtins::bigint`).
    bigint_prototype,
    /// Native core modules already built: name → module object (`node::native_module`).
    core_module_cache,
    /// The GlobalSymbolRegistry (§20.4.2.2): a null-prototype object from description to
    /// symbol (set by `builtins::symbol`).
    symbol_registry,
    /// %ArrayBuffer% (set by `builtins::array_buffer`).
    array_buffer_constructor,
    /// %ArrayBuffer.prototype%.
    array_buffer_prototype,
    /// %SharedArrayBuffer%.
    shared_array_buffer_constructor,
    /// %SharedArrayBuffer.prototype%.
    shared_array_buffer_prototype,
    /// %TypedArray% (set by `builtins::typed_array`).
    typed_array_constructor,
    /// %TypedArray.prototype%.
    typed_array_prototype,
    /// %Int8Array%.
    int8_array_constructor,
    /// %Int8Array.prototype%.
    int8_array_prototype,
    /// %Uint8Array%.
    uint8_array_constructor,
    /// %Uint8Array.prototype%.
    uint8_array_prototype,
    /// %Uint8ClampedArray%.
    uint8_clamped_array_constructor,
    /// %Uint8ClampedArray.prototype%.
    uint8_clamped_array_prototype,
    /// %Int16Array%.
    int16_array_constructor,
    /// %Int16Array.prototype%.
    int16_array_prototype,
    /// %Uint16Array%.
    uint16_array_constructor,
    /// %Uint16Array.prototype%.
    uint16_array_prototype,
    /// %Int32Array%.
    int32_array_constructor,
    /// %Int32Array.prototype%.
    int32_array_prototype,
    /// %Uint32Array%.
    uint32_array_constructor,
    /// %Uint32Array.prototype%.
    uint32_array_prototype,
    /// %Float32Array%.
    float32_array_constructor,
    /// %Float32Array.prototype%.
    float32_array_prototype,
    /// %Float64Array%.
    float64_array_constructor,
    /// %Float64Array.prototype%.
    float64_array_prototype,
    /// %BigInt64Array%.
    bigint64_array_constructor,
    /// %BigInt64Array.prototype%.
    bigint64_array_prototype,
    /// %BigUint64Array%.
    biguint64_array_constructor,
    /// %BigUint64Array.prototype%.
    biguint64_array_prototype,
    /// %DataView.prototype% (set by `builtins::data_view`).
    data_view_prototype,
}

/// Builds the realm: shapes, bare intrinsic objects, then every entry of [`BUILTINS`].
pub fn initialize(ctx: &mut Context) {
    build_shapes(ctx);
    create_intrinsic_objects(ctx);
    for (name, init) in BUILTINS {
        // Stack traces show the ECMAScript built-ins' frames, not node's (whose frames in node
        // are its JavaScript's).
        ctx.showing_native_frames = !NODE_BUILTINS.contains(name);
        init(ctx);
    }
    // Globals a program has only when the compiler found it uses them (`ProgramInfo::natives`);
    // those with a place in BUILTINS were installed there.
    ctx.showing_native_frames = true;
    for feature in kiln_abi::RUNTIME_FEATURES.iter().filter(|f| **f != kiln_abi::REGEXP_FEATURE) {
        install_feature(ctx, feature);
    }
    ctx.showing_native_frames = false;
    hide_native_frames(ctx);
}

/// The entries of [`BUILTINS`] that install node's globals.
const NODE_BUILTINS: &[&str] = &["console", "process", "process events", "timers", "core module cache"];

/// The built-ins V8 leaves out of stack traces: those that only pass a call on (`call`,
/// `apply`, `Reflect.apply`, `Reflect.construct`, RegExp's `@@replace` under String's
/// `replace`), the Array and Proxy constructors, and the Error
/// constructors and `Error.captureStackTrace`, whose caller is the first frame of the trace.
fn hide_native_frames(ctx: &mut Context) {
    let global = ctx.realm.global;
    let function_prototype = ctx.realm.function_prototype;
    let error = ctx.realm.error_constructors[ErrorKind::Error as usize];
    let mut hidden = vec![Value::object(ctx.realm.array_constructor)];
    hidden.extend(ctx.realm.error_constructors.map(Value::object));
    for (holder, name) in [(function_prototype, "call"), (function_prototype, "apply"), (error, "captureStackTrace")] {
        hidden.push(own_value(ctx, holder, name));
    }
    for name in ["AggregateError", "Proxy"] {
        hidden.push(own_value(ctx, global, name));
    }
    // String.prototype.replace calls it, and V8 shows only `String.replace`.
    if let Some(regexp) = own_value(ctx, global, "RegExp").as_object() {
        if let Some(prototype) = own_value(ctx, regexp, "prototype").as_object() {
            let key = PropertyKey::Symbol(ctx.symbols.replace);
            if let Some(crate::object::OwnProperty::Data { value, .. }) = ops::own_lookup(ctx, prototype, key) {
                hidden.push(value);
            }
        }
    }
    if let Some(reflect) = own_value(ctx, global, "Reflect").as_object() {
        for name in ["apply", "construct"] {
            hidden.push(own_value(ctx, reflect, name));
        }
    }
    for value in hidden {
        if let Some(object) = value.as_object() {
            if let Some(ObjectKind::Function(data)) = object.get_mut().kind_mut() {
                data.flags &= !function::FLAG_NATIVE_FRAME;
            }
        }
    }
}

/// The value of `holder`'s own data property `name` (undefined when there is none).
fn own_value(ctx: &mut Context, holder: Gc<JsObject>, name: &str) -> Value {
    let key = ctx.key(name);
    match ops::own_lookup(ctx, holder, key) {
        Some(crate::object::OwnProperty::Data { value, .. }) => value,
        _ => Value::UNDEFINED,
    }
}

/// Installs runtime feature `feature` when the program was linked with it.
fn install_feature(ctx: &mut Context, feature: &str) {
    if let Some(install) = crate::node::native_module(ctx, feature) {
        // Installing a feature defines globals only; it does not run JavaScript.
        let _ = install(ctx);
    }
}

fn build_shapes(ctx: &mut Context) {
    let root = ctx.root_shape;
    let length = PropertyKey::String(ctx.atoms.length);
    let name = PropertyKey::String(ctx.atoms.name);
    let prototype = PropertyKey::String(ctx.atoms.prototype);
    let constructor = PropertyKey::String(ctx.atoms.constructor);
    let value = PropertyKey::String(ctx.atoms.value);
    let done = PropertyKey::String(ctx.atoms.done);
    let with_length = ops::shape_transition(ctx, root, length, Attributes::READONLY_HIDDEN);
    let function_shape = ops::shape_transition(ctx, with_length, name, Attributes::READONLY_HIDDEN);
    ctx.realm.shapes.function = function_shape;
    ctx.realm.shapes.constructor_function = ops::shape_transition(ctx, function_shape, prototype, function::PROTOTYPE_ATTRIBUTES);
    let arguments = PropertyKey::String(ctx.atoms.arguments);
    let caller = PropertyKey::String(ctx.atoms.caller);
    let with_arguments = ops::shape_transition(ctx, function_shape, arguments, Attributes::NONE);
    let with_caller = ops::shape_transition(ctx, with_arguments, caller, Attributes::NONE);
    ctx.realm.shapes.sloppy_function = ops::shape_transition(ctx, with_caller, prototype, function::PROTOTYPE_ATTRIBUTES);
    ctx.realm.shapes.prototype_object = ops::shape_transition(ctx, root, constructor, Attributes::HIDDEN);
    let with_value = ops::shape_transition(ctx, root, value, Attributes::DEFAULT);
    ctx.realm.shapes.iter_result = ops::shape_transition(ctx, with_value, done, Attributes::DEFAULT);
    let index = PropertyKey::String(ctx.atoms.index);
    let input = PropertyKey::String(ctx.atoms.input);
    let groups = PropertyKey::String(ctx.atoms.groups);
    let with_index = ops::shape_transition(ctx, root, index, Attributes::DEFAULT);
    let with_input = ops::shape_transition(ctx, with_index, input, Attributes::DEFAULT);
    ctx.realm.shapes.match_result = ops::shape_transition(ctx, with_input, groups, Attributes::DEFAULT);
    let last_index = PropertyKey::String(ctx.atoms.last_index);
    ctx.realm.shapes.regexp = ops::shape_transition(ctx, root, last_index, Attributes::data(true, false, false));
}

fn plain(ctx: &mut Context, prototype: Option<Gc<JsObject>>, kind: ObjectKind) -> Gc<JsObject> {
    let shape = ctx.root_shape;
    ctx.alloc(JsObject::new(shape, prototype, kind))
}

fn create_intrinsic_objects(ctx: &mut Context) {
    let object_prototype = plain(ctx, None, ObjectKind::Ordinary);
    ctx.realm.object_prototype = object_prototype;
    let empty = ctx.atoms.empty;
    let function_prototype = function::new_native(ctx, empty, 0, crate::builtins::function::function_prototype_call, false);
    ops::set_prototype_of(function_prototype, Some(object_prototype));
    ctx.realm.function_prototype = function_prototype;
    let proto = Some(object_prototype);
    ctx.realm.array_prototype = plain(ctx, proto, ObjectKind::Array(ArrayData { length: 0, length_writable: true }));
    ctx.realm.string_prototype = plain(ctx, proto, ObjectKind::String(empty));
    ctx.realm.number_prototype = plain(ctx, proto, ObjectKind::Number(0.0));
    ctx.realm.boolean_prototype = plain(ctx, proto, ObjectKind::Boolean(false));
    ctx.realm.symbol_prototype = plain(ctx, proto, ObjectKind::Ordinary);
    let iterator_prototype = plain(ctx, proto, ObjectKind::Ordinary);
    ctx.realm.iterator_prototype = iterator_prototype;
    ctx.realm.array_iterator_prototype = plain(ctx, Some(iterator_prototype), ObjectKind::Ordinary);
    ctx.realm.string_iterator_prototype = plain(ctx, Some(iterator_prototype), ObjectKind::Ordinary);
    let error_prototype = plain(ctx, proto, ObjectKind::Ordinary);
    ctx.realm.error_prototypes[ErrorKind::Error as usize] = error_prototype;
    for kind in &ErrorKind::ALL[1..] {
        ctx.realm.error_prototypes[*kind as usize] = plain(ctx, Some(error_prototype), ObjectKind::Ordinary);
    }
    ctx.realm.global = plain(ctx, proto, ObjectKind::Ordinary);
    let absent_holder = plain(ctx, None, ObjectKind::Ordinary);
    let key = ctx.key("absent");
    ops::define_fresh(ctx, absent_holder, key, Value::UNDEFINED, Attributes::DEFAULT);
    ctx.realm.absent_holder = absent_holder;
}

/// Defines a global binding the way built-ins are installed (writable, configurable, not
/// enumerable).
pub fn define_global(ctx: &mut Context, name: &str, value: Value) {
    let key = ctx.key(name);
    let global = ctx.realm.global;
    ops::define_fresh(ctx, global, key, value, Attributes::HIDDEN);
}
