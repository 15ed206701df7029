//! Tests that drive the entry points the way compiled code does, with hand-written
//! `extern "C"` functions standing in for compiled JS.

use super::*;
use crate::object::PropertyKey;

fn ctx_ptr(ctx: &mut Context) -> *mut Context {
    ctx as *mut Context
}

fn atom(ctx: &mut Context, text: &str) -> Value {
    Value::string(ctx.intern_str(text))
}

fn text(ctx: &mut Context, value: Value) -> String {
    conv::to_string(ctx, value).expect("ToString").get().to_rust_string()
}

fn message_of(ctx: &mut Context, error: Value) -> String {
    let key = PropertyKey::String(ctx.atoms.message);
    let message = ops::get_value(ctx, error, key).expect("message");
    text(ctx, message)
}

/// `function() { return ++n }` where `n` is slot 0 of the closure's environment.
unsafe extern "C" fn increment(ctx: *mut u8, callee: u64, _this: u64, _argc: u64, _argv: *const u64) -> u64 {
    // SAFETY: test code standing in for compiled code.
    unsafe {
        let env = kiln_function_env(Value::from_bits(callee));
        let slot = env.add(kiln_abi::env_offset::SLOTS as usize).cast::<Value>();
        let next = kiln_op_add_js(ctx.cast(), slot.read(), Value::number(1.0));
        slot.write(next);
        next.bits()
    }
}

/// `function counter() { let n = 0; return function() { return ++n } }`.
unsafe extern "C" fn counter(ctx: *mut u8, _callee: u64, _this: u64, _argc: u64, _argv: *const u64) -> u64 {
    // SAFETY: test code standing in for compiled code.
    unsafe {
        let ctx = ctx.cast::<Context>();
        let env = kiln_env_new(ctx, std::ptr::null_mut(), 1, Value::number(0.0));
        let empty = Value::string((*ctx).atoms.empty);
        kiln_function_new(ctx, increment as *mut u8, env, empty, 0, 2, 1).bits()
    }
}

#[test]
fn closures_keep_their_environment() {
    let mut ctx = Context::new(crate::context::ContextOptions { capture_output: true, gc_stress_interval: 3, ..Default::default() });
    let ctx_pointer = ctx_ptr(&mut ctx);
    let name = atom(&mut ctx, "counter");
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let make = kiln_function_new(ctx_pointer, counter as *mut u8, std::ptr::null_mut(), name, 0, 1, 0);
        let first = kiln_call_js(ctx_pointer, make, Value::UNDEFINED, 0, std::ptr::null_mut(), name);
        let second = kiln_call_js(ctx_pointer, make, Value::UNDEFINED, 0, std::ptr::null_mut(), name);
        for expected in 1..=5 {
            let result = kiln_call_js(ctx_pointer, first, Value::UNDEFINED, 0, std::ptr::null_mut(), name);
            assert_eq!(result, Value::number(expected as f64));
        }
        let result = kiln_call_js(ctx_pointer, second, Value::UNDEFINED, 0, std::ptr::null_mut(), name);
        assert_eq!(result, Value::number(1.0));
    }
}

/// `function Point(x) { this.x = x }`.
unsafe extern "C" fn point(ctx: *mut u8, _callee: u64, this: u64, argc: u64, argv: *const u64) -> u64 {
    // SAFETY: test code standing in for compiled code.
    unsafe {
        let ctx = ctx.cast::<Context>();
        let x = if argc > 0 { Value::from_bits(*argv) } else { Value::UNDEFINED };
        let key = Value::string((*ctx).intern_str("x"));
        kiln_object_set_named_js(ctx, Value::from_bits(this), key, x).bits()
    }
}

/// `function () { return this.x * 2 }`.
unsafe extern "C" fn double_x(ctx: *mut u8, _callee: u64, this: u64, _argc: u64, _argv: *const u64) -> u64 {
    // SAFETY: test code standing in for compiled code.
    unsafe {
        let ctx = ctx.cast::<Context>();
        let key = Value::string((*ctx).intern_str("x"));
        let x = kiln_object_get_named_js(ctx, Value::from_bits(this), key);
        kiln_op_mul_js(ctx, x, Value::number(2.0)).bits()
    }
}

#[test]
fn new_with_constructor_functions_and_prototypes() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    let (point_name, double_name, prototype, x) = (atom(&mut ctx, "Point"), atom(&mut ctx, "double"), atom(&mut ctx, "prototype"), atom(&mut ctx, "x"));
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let constructor = kiln_function_new(c, point as *mut u8, std::ptr::null_mut(), point_name, 1, 1, 0);
        let method = kiln_function_new(c, double_x as *mut u8, std::ptr::null_mut(), double_name, 0, 0, 1);
        let proto = kiln_object_get_named_js(c, constructor, prototype);
        assert!(proto.is_object());
        kiln_object_set_named_js(c, proto, double_name, method);
        let mut args = [Value::number(21.0)];
        let instance = kiln_construct_js(c, constructor, 1, args.as_mut_ptr().cast(), point_name);
        assert_eq!(kiln_object_get_named_js(c, instance, x), Value::number(21.0));
        let method = kiln_object_get_named_js(c, instance, double_name);
        let result = kiln_call_js(c, method, instance, 0, std::ptr::null_mut(), double_name);
        assert_eq!(result, Value::number(42.0));
        assert_eq!(kiln_op_instanceof_js(c, instance, constructor), Value::TRUE);
        let constructor_key = atom(&mut ctx, "constructor");
        assert_eq!(kiln_object_get_named_js(c, instance, constructor_key), constructor);
        // Calling a non-constructor with `new` and a non-function as a function.
        let arrow = kiln_function_new(c, double_x as *mut u8, std::ptr::null_mut(), double_name, 0, 2, 2);
        let description = atom(&mut ctx, "obj.method");
        assert_eq!(kiln_construct_js(c, arrow, 0, std::ptr::null_mut(), description), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "obj.method is not a constructor");
        assert_eq!(kiln_call_js(c, Value::number(1.0), Value::UNDEFINED, 0, std::ptr::null_mut(), description), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "obj.method is not a function");
        let type_error = Value::object(ctx.realm.error_constructors[crate::error::ErrorKind::TypeError as usize]);
        assert_eq!(kiln_op_instanceof_js(c, error, type_error), Value::TRUE);
    }
}

/// Recurses until the stack limit, checking it the way compiled prologues do.
unsafe extern "C" fn recurse(ctx: *mut u8, callee: u64, this: u64, _argc: u64, _argv: *const u64) -> u64 {
    let marker = [0u8; 64];
    let sp = std::hint::black_box(&marker) as *const _ as usize;
    // SAFETY: reading the stack limit at its ABI offset, then calling entry points.
    unsafe {
        let limit = *ctx.add(kiln_abi::ctx_offset::STACK_LIMIT as usize).cast::<usize>();
        if sp < limit {
            return kiln_throw_stack_overflow(ctx.cast()).bits();
        }
        kiln_call_js(ctx.cast(), Value::from_bits(callee), Value::from_bits(this), 0, std::ptr::null_mut(), Value::UNDEFINED).bits()
    }
}

#[test]
fn deep_recursion_becomes_a_range_error() {
    let result = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(|| {
            let mut ctx = Context::new_for_tests();
            let c = ctx_ptr(&mut ctx);
            let name = atom(&mut ctx, "f");
            // SAFETY: the test plays compiled code with a live context.
            unsafe {
                let function = kiln_function_new(c, recurse as *mut u8, std::ptr::null_mut(), name, 0, 0, 0);
                let result = kiln_call_js(c, function, Value::UNDEFINED, 0, std::ptr::null_mut(), name);
                assert_eq!(result, Value::EXCEPTION);
                let error = kiln_exception_take(c);
                message_of(&mut ctx, error)
            }
        })
        .expect("spawn")
        .join()
        .expect("join");
    assert_eq!(result, "Maximum call stack size exceeded");
}

#[test]
fn for_of_over_arrays_strings_and_arguments() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let mut elements = [Value::number(1.0), Value::HOLE, Value::number(3.0)];
        let array = kiln_array_new(c, 3, elements.as_mut_ptr().cast());
        let iterator = kiln_iterator_get_js(c, array);
        let mut seen = Vec::new();
        loop {
            let value = kiln_iterator_next_js(c, iterator);
            if value.is_hole() {
                break;
            }
            seen.push(value);
        }
        assert_eq!(seen, [Value::number(1.0), Value::UNDEFINED, Value::number(3.0)]);

        let string = Value::string(crate::string::from_str(&mut ctx, "a😀b"));
        let iterator = kiln_iterator_get_js(c, string);
        let mut pieces = Vec::new();
        loop {
            let value = kiln_iterator_next_js(c, iterator);
            if value.is_hole() {
                break;
            }
            pieces.push(text(&mut ctx, value));
        }
        assert_eq!(pieces, ["a", "😀", "b"]);

        let mut args = [Value::TRUE, Value::FALSE];
        let arguments = kiln_arguments_new(c, Value::UNDEFINED, 2, args.as_mut_ptr().cast());
        let iterator = kiln_iterator_get_js(c, arguments);
        assert_eq!(kiln_iterator_next_js(c, iterator), Value::TRUE);
        assert_eq!(kiln_iterator_next_js(c, iterator), Value::FALSE);
        assert!(kiln_iterator_next_js(c, iterator).is_hole());
        let length = atom(&mut ctx, "length");
        assert_eq!(kiln_object_get_named_js(c, arguments, length), Value::number(2.0));

        // The generic protocol through an Array Iterator object.
        let values = atom(&mut ctx, "values");
        let values_function = kiln_object_get_named_js(c, array, values);
        let array_iterator = kiln_call_js(c, values_function, array, 0, std::ptr::null_mut(), values);
        let record = kiln_iterator_get_js(c, array_iterator);
        assert_eq!(kiln_iterator_next_js(c, record), Value::number(1.0));
        assert_eq!(kiln_iterator_close_js(c, record), Value::UNDEFINED);

        assert_eq!(kiln_iterator_get_js(c, Value::number(5.0)), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "5 is not iterable");
    }
}

#[test]
fn for_in_walks_enumerable_keys_and_skips_deleted_ones() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    let (a, b, inherited, hidden) = (atom(&mut ctx, "a"), atom(&mut ctx, "b"), atom(&mut ctx, "inherited"), atom(&mut ctx, "a"));
    let _ = hidden;
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let parent = kiln_object_new(c);
        kiln_object_set_named_js(c, parent, inherited, Value::TRUE);
        kiln_object_set_named_js(c, parent, a, Value::TRUE);
        let child = Value::object(ctx.new_object_with_prototype(parent.as_object()));
        kiln_object_set_named_js(c, child, b, Value::TRUE);
        kiln_object_set_named_js(c, child, a, Value::TRUE);
        kiln_object_set_computed_js(c, child, Value::number(1.0), Value::TRUE);
        let enumerator = kiln_for_in_start_js(c, child);
        let mut keys = Vec::new();
        loop {
            let key = kiln_for_in_next_js(c, enumerator);
            if key.is_hole() {
                break;
            }
            let name = text(&mut ctx, key);
            if name == "b" {
                kiln_object_delete_js(c, child, a);
            }
            keys.push(name);
        }
        // "a" is still inherited after the delete, so it is still visited (as in node).
        assert_eq!(keys, ["1", "b", "a", "inherited"]);
        let nothing = kiln_for_in_start_js(c, Value::NULL);
        assert!(kiln_for_in_next_js(c, nothing).is_hole());
    }
}

#[test]
fn globals_and_reference_errors() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    let (missing, object, answer) = (atom(&mut ctx, "missing"), atom(&mut ctx, "Object"), atom(&mut ctx, "answer"));
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        assert_eq!(kiln_global_get_js(c, missing), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "missing is not defined");
        let kind = kiln_global_typeof_js(c, missing);
        assert_eq!(text(&mut ctx, kind), "undefined");
        assert!(kiln_global_get_js(c, object).is_callable());
        kiln_global_set_js(c, answer, Value::number(42.0));
        assert_eq!(kiln_global_get_js(c, answer), Value::number(42.0));
        assert_eq!(kiln_throw_uninitialized(c, answer), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot access 'answer' before initialization");
        assert_eq!(kiln_throw_const_assign(c), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Assignment to constant variable.");
        let this = kiln_function_sloppy_this(c, Value::UNDEFINED);
        assert_eq!(this, Value::object(ctx.realm.global));
    }
}

#[test]
fn property_access_errors_use_node_messages() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    let x = atom(&mut ctx, "x");
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        assert_eq!(kiln_object_get_named_js(c, Value::UNDEFINED, x), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot read properties of undefined (reading 'x')");
        assert_eq!(kiln_object_get_computed_js(c, Value::NULL, Value::number(0.0)), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot read properties of null (reading '0')");
        assert_eq!(kiln_object_set_named_js(c, Value::NULL, x, Value::TRUE), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot set properties of null (setting 'x')");
        let symbol = Value::symbol(crate::symbol::new_symbol(&mut ctx, x));
        assert_eq!(kiln_object_get_computed_js(c, Value::UNDEFINED, symbol), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot read properties of undefined (reading 'Symbol(x)')");
        let object = kiln_object_new(c);
        assert_eq!(kiln_op_in_js(c, x, Value::number(5.0)), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot use 'in' operator to search for 'x' in 5");
        assert_eq!(kiln_op_in_js(c, x, object), Value::FALSE);
        let null_object = Value::object(ctx.new_object_with_prototype(None));
        assert_eq!(kiln_op_add_js(c, null_object, x), Value::EXCEPTION);
        let error = kiln_exception_take(c);
        assert_eq!(message_of(&mut ctx, error), "Cannot convert object to primitive value");
    }
}

fn log(ctx: &mut Context, args: &[Value]) -> String {
    let c = ctx_ptr(ctx);
    let (console, log) = (atom(ctx, "console"), atom(ctx, "log"));
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let console = kiln_global_get_js(c, console);
        let function = kiln_object_get_named_js(c, console, log);
        let mut args = args.to_vec();
        let result = kiln_call_js(c, function, console, args.len() as u32, args.as_mut_ptr().cast(), log);
        assert_eq!(result, Value::UNDEFINED);
    }
    ctx.output.take_stdout()
}

#[test]
fn console_log_prints_like_node() {
    let mut ctx = Context::new_for_tests();
    let c = ctx_ptr(&mut ctx);
    let hello = Value::string(crate::string::from_str(&mut ctx, "hello"));
    assert_eq!(log(&mut ctx, &[hello, Value::number(-0.0), Value::number(1.5), Value::NULL, Value::UNDEFINED, Value::TRUE]), "hello -0 1.5 null undefined true\n");
    let (a, s) = (atom(&mut ctx, "a"), atom(&mut ctx, "s"));
    // SAFETY: the test plays compiled code with a live context.
    let object = unsafe {
        let object = kiln_object_new(c);
        let mut elements = [Value::number(1.0), hello, Value::HOLE, Value::HOLE];
        let array = kiln_array_new(c, 4, elements.as_mut_ptr().cast());
        kiln_object_set_named_js(c, object, a, array);
        kiln_object_set_named_js(c, object, s, hello);
        object
    };
    assert_eq!(log(&mut ctx, &[object]), "{ a: [ 1, 'hello', <2 empty items> ], s: 'hello' }\n");
    let empty_object = Value::object(ctx.new_object());
    let empty_array = Value::object(crate::object::array::from_values(&mut ctx, &[]));
    assert_eq!(log(&mut ctx, &[empty_object, empty_array]), "{} []\n");
    let numbers: Vec<Value> = (1..=30).map(|index| Value::number(index as f64)).collect();
    let long = Value::object(crate::object::array::from_values(&mut ctx, &numbers));
    assert_eq!(
        log(&mut ctx, &[long]),
        "[\n   1,  2,  3,  4,  5,  6,  7,  8,  9,\n  10, 11, 12, 13, 14, 15, 16, 17, 18,\n  19, 20, 21, 22, 23, 24, 25, 26, 27,\n  28, 29, 30\n]\n"
    );
    let format = Value::string(crate::string::from_str(&mut ctx, "%s is %d years and %o%%"));
    let bob = Value::string(crate::string::from_str(&mut ctx, "Bob"));
    assert_eq!(log(&mut ctx, &[format, bob, Value::number(42.0), hello, Value::TRUE]), "Bob is 42 years and 'hello'% true\n");
    let object_constructor = Value::object(ctx.realm.object_constructor);
    assert_eq!(log(&mut ctx, &[object_constructor]), "[Function: Object]\n");
    let error = Value::object(crate::error::new_error(&mut ctx, crate::error::ErrorKind::RangeError, "bad"));
    assert_eq!(log(&mut ctx, &[error]), "[RangeError: bad]\n");
    // Cycles.
    // SAFETY: the test plays compiled code with a live context.
    unsafe {
        let me = atom(&mut ctx, "me");
        let cyclic = kiln_object_new(c);
        kiln_object_set_named_js(c, cyclic, me, cyclic);
        assert_eq!(log(&mut ctx, &[cyclic]), "<ref *1> { me: [Circular *1] }\n");
    }
    let nested = (0..4).fold(Value::number(1.0), |inner, _| Value::object(crate::object::array::from_values(&mut ctx, &[inner])));
    assert_eq!(log(&mut ctx, &[nested]), "[ [ [ [Array] ] ] ]\n");
}

#[test]
fn remainder_of_integers_matches_fmod() {
    let cases = [
        (7.0, 3.0),
        (-7.0, 3.0),
        (7.0, -3.0),
        (-4.0, 2.0),
        (-0.0, 5.0),
        (0.0, -5.0),
        (5.0, 0.0),
        (5.0, -0.0),
        (36028797018963970.0, 7.0),
        (9007199254740991.0, 16807.0),
        (2147483647.0 * 16807.0, 2147483647.0),
        (5.5, 2.0),
        (f64::INFINITY, 2.0),
        (2.0, f64::INFINITY),
        (f64::NAN, 2.0),
        (1e300, 3.0),
    ];
    for (x, y) in cases {
        let got = super::number_remainder(x, y);
        let expected = x % y;
        assert!(
            got.to_bits() == expected.to_bits() || (got.is_nan() && expected.is_nan()),
            "{x} % {y}: {got} vs {expected}"
        );
    }
}
