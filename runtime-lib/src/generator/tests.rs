//! Tests that drive generators the way compiled code does, with a hand-written resume
//! function standing in for a compiled body.

use super::*;
use crate::context::ContextOptions;
use crate::object::{ops, PropertyKey};
use kiln_abi::{generator_frame_offset as offset, GENERATOR_STATE_DONE};

fn slot(frame: *mut u8, index: usize) -> *mut u64 {
    // SAFETY: test frames have at least two slots.
    unsafe { frame.add(offset::SLOTS as usize + 8 * index).cast::<u64>() }
}

fn set_state(frame: *mut u8, state: u64) {
    // SAFETY: `frame` is the live frame the runtime passed in.
    unsafe {
        frame.add(offset::STATE as usize).cast::<u64>().write(state);
        frame.add(offset::SUSPEND_KIND as usize).cast::<u64>().write(0);
    }
}

/// `function* (label) { const env = { text: "kept " + label }; yield label; const sent =
/// yield env.text; return sent; }`, with `env` kept as a raw environment pointer in slot 0
/// the way compiled code keeps captured variables.
unsafe extern "C" fn body(ctx: *mut u8, frame: *mut u8, sent: u64, mode: u32) -> u64 {
    // SAFETY: test code standing in for a compiled resume function on a live frame.
    unsafe {
        let ctx = &mut *ctx.cast::<Context>();
        let state = frame.add(offset::STATE as usize).cast::<u64>().read();
        if state != 0 && mode == resume_mode::THROW {
            set_state(frame, GENERATOR_STATE_DONE);
            ctx.exception = Value::from_bits(sent);
            return kiln_abi::EXCEPTION;
        }
        if state != 0 && mode == resume_mode::RETURN {
            set_state(frame, GENERATOR_STATE_DONE);
            return sent;
        }
        match state {
            0 => {
                // As compiled bodies do: parameters bound, then the initial suspension that
                // `start_js` runs to when it creates the generator.
                set_state(frame, 3);
                Value::UNDEFINED.bits()
            }
            3 => {
                let argv = frame.add(offset::ARGV as usize).cast::<*const Value>().read();
                let label = argv.read();
                let prefix = crate::string::from_str(ctx, "kept ");
                let text = crate::string::concat(ctx, prefix, label.as_string().expect("a string label")).expect("a short string");
                let env = crate::env::new_env(ctx, std::ptr::null_mut(), 1, Value::string(text));
                slot(frame, 0).write(env as u64);
                set_state(frame, 1);
                label.bits()
            }
            1 => {
                let env = slot(frame, 0).read() as *mut u8;
                set_state(frame, 2);
                crate::env::slot(env, 0).bits()
            }
            _ => {
                set_state(frame, GENERATOR_STATE_DONE);
                sent
            }
        }
    }
}

fn stressed_context() -> Box<Context> {
    Context::new(ContextOptions { capture_output: true, gc_stress_interval: 1, ..Default::default() })
}

fn text(ctx: &mut Context, value: Value) -> String {
    crate::value::conv::to_string(ctx, value).expect("ToString").get().to_rust_string()
}

fn result_parts(ctx: &mut Context, result: Value) -> (String, bool) {
    let value_key = PropertyKey::String(ctx.atoms.value);
    let done_key = PropertyKey::String(ctx.atoms.done);
    let value = ops::get_value(ctx, result, value_key).expect("value");
    let done = ops::get_value(ctx, result, done_key).expect("done");
    (text(ctx, value), done == Value::boolean(true))
}

fn start(ctx: &mut Context, label: &str) -> Value {
    let label = Value::string(crate::string::from_str(ctx, label));
    let callee = Value::UNDEFINED;
    start_js(ctx, callee, Value::UNDEFINED, &[label], body, 2, GeneratorKind::Sync).expect("a generator")
}

#[test]
fn frames_keep_arguments_and_environments_across_collections() {
    let mut ctx = stressed_context();
    let generator = start(&mut ctx, "label");
    for _ in 0..3 {
        ctx.collect_garbage();
    }
    let mut seen = Vec::new();
    for sent in ["a", "b", "c", "d"] {
        let sent = Value::string(crate::string::from_str(&mut ctx, sent));
        let result = generator_resume_js(&mut ctx, generator, sent, resume_mode::NEXT, "next").expect("next");
        ctx.collect_garbage();
        seen.push(result_parts(&mut ctx, result));
    }
    let expected = [("label", false), ("kept label", false), ("c", true), ("undefined", true)];
    let expected: Vec<(String, bool)> = expected.iter().map(|(text, done)| (text.to_string(), *done)).collect();
    assert_eq!(seen, expected);
}

#[test]
fn return_and_throw_follow_the_generator_state() {
    let mut ctx = stressed_context();
    // return() before the start completes without running the body.
    let generator = start(&mut ctx, "x");
    let seven = Value::number(7.0);
    let result = generator_resume_js(&mut ctx, generator, seven, resume_mode::RETURN, "return").expect("return");
    assert_eq!(result_parts(&mut ctx, result), ("7".to_string(), true));
    let result = generator_resume_js(&mut ctx, generator, Value::UNDEFINED, resume_mode::NEXT, "next").expect("next");
    assert_eq!(result_parts(&mut ctx, result), ("undefined".to_string(), true));

    // throw() at a yield runs into the body, which rethrows; the generator is then finished.
    let generator = start(&mut ctx, "y");
    generator_resume_js(&mut ctx, generator, Value::UNDEFINED, resume_mode::NEXT, "next").expect("next");
    let thrown = Value::number(13.0);
    assert!(generator_resume_js(&mut ctx, generator, thrown, resume_mode::THROW, "throw").is_err());
    assert_eq!(ctx.take_exception(), thrown);
    let state = data(generator.as_object().expect("an object")).state;
    assert_eq!(state, GeneratorState::Completed);

    // A bad receiver is a TypeError naming the method.
    assert!(generator_resume_js(&mut ctx, Value::number(1.0), Value::UNDEFINED, resume_mode::NEXT, "next").is_err());
    let error = ctx.take_exception();
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = ops::get_value(&mut ctx, error, message_key).expect("message");
    assert_eq!(text(&mut ctx, message), "Method [Generator].prototype.next called on incompatible receiver 1");
}

unsafe extern "C" fn unused_entry(_ctx: *mut u8, _callee: u64, _this: u64, _argc: u64, _argv: *const u64) -> u64 {
    Value::UNDEFINED.bits()
}

#[test]
fn resumable_functions_are_not_constructors() {
    let mut ctx = Context::new_for_tests();
    let name = Value::string(ctx.intern_str("g"));
    let generator = function::new_compiled(&mut ctx, unused_entry, std::ptr::null_mut(), name, 0, function::FLAG_CONSTRUCTOR | function::FLAG_GENERATOR, 0);
    assert!(!generator.get().is_constructor());
    assert_eq!(generator.get().prototype(), Some(ctx.realm.generator_function_prototype));
    let prototype_key = PropertyKey::String(ctx.atoms.prototype);
    let prototype = ops::get_property(&mut ctx, generator, prototype_key).expect("prototype").as_object().expect("an object");
    assert_eq!(prototype.get().prototype(), Some(ctx.realm.generator_prototype));
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    assert!(ops::own_lookup(&mut ctx, prototype, constructor_key).is_none());

    let async_function = function::new_compiled(&mut ctx, unused_entry, std::ptr::null_mut(), name, 0, function::FLAG_CONSTRUCTOR | function::FLAG_ASYNC, 0);
    assert!(!async_function.get().is_constructor());
    assert_eq!(async_function.get().prototype(), Some(ctx.realm.async_function_prototype));
    assert!(ops::own_lookup(&mut ctx, async_function, prototype_key).is_none());

    let flags = function::FLAG_GENERATOR | function::FLAG_ASYNC;
    let async_generator = function::new_compiled(&mut ctx, unused_entry, std::ptr::null_mut(), name, 0, flags, 0);
    let prototype = ops::get_property(&mut ctx, async_generator, prototype_key).expect("prototype").as_object().expect("an object");
    assert_eq!(prototype.get().prototype(), Some(ctx.realm.async_generator_prototype));
}
