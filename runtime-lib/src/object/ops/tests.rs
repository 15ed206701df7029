use super::*;
use crate::object::array;

fn text(ctx: &mut Context, value: Value) -> String {
    conv::to_string(ctx, value).expect("ToString").get().to_rust_string()
}

fn key_names(ctx: &mut Context, object: Gc<JsObject>) -> Vec<String> {
    own_property_keys(ctx, object).into_iter().map(|key| key.display()).collect()
}

fn string(ctx: &mut Context, text: &str) -> Value {
    Value::string(crate::string::from_str(ctx, text))
}

#[test]
fn own_keys_follow_spec_order() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    let symbol = crate::symbol::new_symbol(&mut ctx, Value::UNDEFINED);
    for name in ["b", "2", "a", "10", "0", "4294967295"] {
        let key = ctx.key(name);
        set_or_throw(&mut ctx, object, key, Value::TRUE).expect("set");
    }
    set_or_throw(&mut ctx, object, PropertyKey::Symbol(symbol), Value::TRUE).expect("set");
    let key = ctx.key("c");
    set_or_throw(&mut ctx, object, key, Value::TRUE).expect("set");
    assert_eq!(key_names(&mut ctx, object), ["0", "2", "10", "b", "a", "4294967295", "c", "Symbol()"]);
}

#[test]
fn objects_built_alike_share_shapes() {
    let mut ctx = Context::new_for_tests();
    let first = ctx.new_object();
    let second = ctx.new_object();
    let (x, y) = (ctx.key("x"), ctx.key("y"));
    for object in [first, second] {
        set_or_throw(&mut ctx, object, x, Value::number(1.0)).expect("set");
        set_or_throw(&mut ctx, object, y, Value::number(2.0)).expect("set");
    }
    assert_eq!(first.get().shape(), second.get().shape());
    let third = ctx.new_object();
    set_or_throw(&mut ctx, third, y, Value::number(1.0)).expect("set");
    set_or_throw(&mut ctx, third, x, Value::number(2.0)).expect("set");
    assert_ne!(first.get().shape(), third.get().shape());
    assert_eq!(first.get().shape().get().lookup(y).map(|(slot, _)| slot), Some(1));
    // Overwriting keeps the shape.
    let shape = first.get().shape();
    set_or_throw(&mut ctx, first, x, Value::number(5.0)).expect("set");
    assert_eq!(first.get().shape(), shape);
    assert_eq!(get_property(&mut ctx, first, x).expect("get"), Value::number(5.0));
}

#[test]
fn many_properties_and_deletes_use_dictionary_mode() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    for index in 0..100 {
        let key = ctx.key(&format!("k{index}"));
        set_or_throw(&mut ctx, object, key, Value::number(index as f64)).expect("set");
    }
    assert!(object.get().is_dictionary());
    let key = ctx.key("k57");
    assert_eq!(get_property(&mut ctx, object, key).expect("get"), Value::number(57.0));
    assert!(delete(&mut ctx, object, key).expect("delete"));
    assert_eq!(get_property(&mut ctx, object, key).expect("get"), Value::UNDEFINED);
    let names = key_names(&mut ctx, object);
    assert_eq!(names.len(), 99);
    assert_eq!(names[56], "k56");
    assert_eq!(names[57], "k58");

    let small = ctx.new_object();
    let (a, b, c) = (ctx.key("a"), ctx.key("b"), ctx.key("c"));
    for key in [a, b, c] {
        set_or_throw(&mut ctx, small, key, Value::TRUE).expect("set");
    }
    assert!(delete(&mut ctx, small, c).expect("delete last"));
    assert!(!small.get().is_dictionary(), "deleting the last property steps back in the tree");
    assert!(delete(&mut ctx, small, a).expect("delete first"));
    assert!(small.get().is_dictionary());
    assert_eq!(key_names(&mut ctx, small), ["b"]);
    set_or_throw(&mut ctx, small, a, Value::FALSE).expect("set");
    assert_eq!(key_names(&mut ctx, small), ["b", "a"]);
}

#[test]
fn array_length_semantics() {
    let mut ctx = Context::new_for_tests();
    let values: Vec<Value> = (0..5).map(|index| Value::number(index as f64)).collect();
    let array = array::from_values(&mut ctx, &values);
    let length = PropertyKey::String(ctx.atoms.length);
    set_or_throw(&mut ctx, array, PropertyKey::Index(9), Value::TRUE).expect("set");
    assert_eq!(get_property(&mut ctx, array, length).expect("get"), Value::number(10.0));
    assert_eq!(get_property(&mut ctx, array, PropertyKey::Index(7)).expect("get"), Value::UNDEFINED);
    assert!(!has_own_property(&mut ctx, array, PropertyKey::Index(7)).expect("has"));
    set_or_throw(&mut ctx, array, length, Value::number(2.0)).expect("truncate");
    assert_eq!(key_names(&mut ctx, array), ["0", "1", "length"]);
    assert_eq!(get_property(&mut ctx, array, PropertyKey::Index(3)).expect("get"), Value::UNDEFINED);
    set_or_throw(&mut ctx, array, length, Value::number(4.0)).expect("extend");
    assert_eq!(text(&mut ctx, Value::object(array)), "0,1,,");
    let bad = set_or_throw(&mut ctx, array, length, Value::number(-1.0));
    assert!(bad.is_err());
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = { let thrown = ctx.take_exception(); get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Invalid array length");
    // A huge index goes sparse but still extends length.
    set_or_throw(&mut ctx, array, PropertyKey::Index(4_000_000_000), Value::TRUE).expect("set");
    assert_eq!(get_property(&mut ctx, array, length).expect("get"), Value::number(4_000_000_001.0));
    assert!(array.get().has_sparse_elements());
    set_or_throw(&mut ctx, array, length, Value::number(1.0)).expect("truncate sparse");
    assert_eq!(key_names(&mut ctx, array), ["0", "length"]);
}

#[test]
fn non_writable_length_rejects_growth() {
    let mut ctx = Context::new_for_tests();
    let array = array::from_values(&mut ctx, &[Value::TRUE]);
    let length = PropertyKey::String(ctx.atoms.length);
    let frozen_length = PropertyDescriptor { writable: Some(false), ..PropertyDescriptor::default() };
    assert!(define_own_property(&mut ctx, array, length, frozen_length).expect("define"));
    assert!(!set(&mut ctx, array, PropertyKey::Index(1), Value::TRUE, Value::object(array)).expect("set"));
    assert!(!set(&mut ctx, array, length, Value::number(0.0), Value::object(array)).expect("set"));
    assert_eq!(array::length(array), 1);
}

#[test]
fn accessors_and_attributes() {
    let mut ctx = Context::new_for_tests();
    let object = ctx.new_object();
    let key = ctx.key("fixed");
    let descriptor = PropertyDescriptor::data(Value::number(1.0), Attributes::NONE);
    define_property_or_throw(&mut ctx, object, key, descriptor).expect("define");
    assert!(!set(&mut ctx, object, key, Value::number(2.0), Value::object(object)).expect("set"));
    assert!(!delete(&mut ctx, object, key).expect("delete"));
    let redefine = PropertyDescriptor::data(Value::number(3.0), Attributes::NONE);
    assert!(!define_own_property(&mut ctx, object, key, redefine).expect("define"));
    let same = PropertyDescriptor::data(Value::number(1.0), Attributes::NONE);
    assert!(define_own_property(&mut ctx, object, key, same).expect("define"));

    // An inherited read-only property blocks assignment on the child.
    let child = ctx.new_object_with_prototype(Some(object));
    assert!(!set(&mut ctx, child, key, Value::number(5.0), Value::object(child)).expect("set"));
    assert!(!has_own_property(&mut ctx, child, key).expect("has"));

    // A getter defined with a native function runs with the receiver.
    fn getter(_ctx: &mut Context, call: &crate::object::function::NativeCall) -> JsResult<Value> {
        Ok(call.this)
    }
    let name = ctx.intern_str("get me");
    let function = crate::object::function::new_native(&mut ctx, name, 0, getter, false);
    let me = ctx.key("me");
    let accessor = PropertyDescriptor::accessor(Value::object(function), Value::UNDEFINED, true, true);
    define_property_or_throw(&mut ctx, object, me, accessor).expect("define");
    assert_eq!(get_property(&mut ctx, child, me).expect("get"), Value::object(child));
    assert!(!set(&mut ctx, child, me, Value::TRUE, Value::object(child)).expect("set without setter"));
    assert!(matches!(own_lookup(&mut ctx, object, me), Some(OwnProperty::Accessor { .. })));
}

#[test]
fn primitive_bases() {
    let mut ctx = Context::new_for_tests();
    let abc = string(&mut ctx, "abc");
    let length = PropertyKey::String(ctx.atoms.length);
    assert_eq!(get_value(&mut ctx, abc, length).expect("length"), Value::number(3.0));
    let second = get_value(&mut ctx, abc, PropertyKey::Index(1)).expect("index");
    assert_eq!(text(&mut ctx, second), "b");
    let missing = ctx.key("nope");
    assert_eq!(get_value(&mut ctx, abc, missing).expect("missing"), Value::UNDEFINED);
    assert!(get_value(&mut ctx, Value::UNDEFINED, missing).is_err());
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = { let thrown = ctx.take_exception(); get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Cannot read properties of undefined (reading 'nope')");
    assert!(set_value(&mut ctx, Value::NULL, missing, Value::TRUE).is_err());
    let message = { let thrown = ctx.take_exception(); get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Cannot set properties of null (setting 'nope')");
    // Writes to primitives are ignored in sloppy mode.
    set_value(&mut ctx, abc, missing, Value::TRUE).expect("ignored");
    let wrapper = conv::to_object(&mut ctx, abc).expect("wrap");
    assert_eq!(key_names(&mut ctx, wrapper), ["0", "1", "2", "length"]);
}

#[test]
fn prototype_cycles_are_rejected() {
    let mut ctx = Context::new_for_tests();
    let first = ctx.new_object();
    let second = ctx.new_object_with_prototype(Some(first));
    assert!(!set_prototype_of(first, Some(second)));
    assert!(set_prototype_of(first, None));
}

#[test]
fn proxies_forward_and_keep_their_storage_empty() {
    let mut ctx = Context::new_for_tests();
    let target = ctx.new_object();
    let handler = ctx.new_object();
    let proxy = proxy::proxy_create(&mut ctx, Value::object(target), Value::object(handler)).expect("ProxyCreate");
    let (x, zero) = (ctx.key("x"), PropertyKey::Index(0));
    for key in [x, zero] {
        set_or_throw(&mut ctx, proxy, key, Value::number(1.0)).expect("set");
        assert_eq!(get_property(&mut ctx, target, key).expect("get"), Value::number(1.0));
        assert_eq!(get_property(&mut ctx, proxy, key).expect("get"), Value::number(1.0));
        assert!(has_property(&mut ctx, proxy, key).expect("has"));
    }
    assert_eq!(own_property_keys_js(&mut ctx, proxy).expect("keys"), own_property_keys(&mut ctx, target));
    assert!(delete(&mut ctx, proxy, x).expect("delete"));
    assert!(!has_own_property(&mut ctx, target, x).expect("has own"));
    // Nothing reached the proxy's own storage, and its shape is one no inline cache records.
    let cell = proxy.get();
    assert!(cell.slots().is_empty() && cell.dense_elements().is_empty() && !cell.has_sparse_elements());
    assert_eq!(cell.shape(), ctx.dictionary_shape);
    assert!(own_property_keys(&mut ctx, proxy).is_empty());
    assert!(is_extensible_js(&mut ctx, proxy).expect("isExtensible"));
    assert!(prevent_extensions_js(&mut ctx, proxy).expect("preventExtensions"));
    assert!(!target.get().is_extensible());
}
