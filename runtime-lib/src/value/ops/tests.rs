use super::*;
use crate::object::array;

fn string(ctx: &mut Context, text: &str) -> Value {
    Value::string(string::from_str(ctx, text))
}

fn text(ctx: &mut Context, value: Value) -> String {
    conv::to_string(ctx, value).expect("ToString").get().to_rust_string()
}

fn number(value: Value) -> f64 {
    value.as_number().expect("a number")
}

#[test]
fn addition_of_mixed_types() {
    let mut ctx = Context::new_for_tests();
    let five = string(&mut ctx, "5");
    let result = add(&mut ctx, five, Value::number(2.0)).expect("add");
    assert_eq!(text(&mut ctx, result), "52");
    let empty_array = Value::object(array::from_values(&mut ctx, &[]));
    let object = Value::object(ctx.new_object());
    let result = add(&mut ctx, empty_array, object).expect("add");
    assert_eq!(text(&mut ctx, result), "[object Object]");
    let result = add(&mut ctx, Value::TRUE, Value::NULL).expect("add");
    assert_eq!(number(result), 1.0);
    let result = add(&mut ctx, Value::UNDEFINED, Value::number(1.0)).expect("add");
    assert!(number(result).is_nan());
    let list = Value::object(array::from_values(&mut ctx, &[Value::number(1.0), Value::number(2.0)]));
    let result = add(&mut ctx, list, Value::number(3.0)).expect("add");
    assert_eq!(text(&mut ctx, result), "1,23");
    let symbol = Value::symbol(crate::symbol::new_symbol(&mut ctx, Value::UNDEFINED));
    assert!(add(&mut ctx, symbol, five).is_err());
}

#[test]
fn numeric_operators() {
    let mut ctx = Context::new_for_tests();
    let five = string(&mut ctx, "5");
    assert_eq!(number(numeric(&mut ctx, NumericOp::Sub, five, Value::number(2.0)).expect("sub")), 3.0);
    let x = string(&mut ctx, "x");
    assert!(number(numeric(&mut ctx, NumericOp::Mul, x, Value::number(2.0)).expect("mul")).is_nan());
    assert_eq!(apply_numeric(NumericOp::Div, 1.0, -0.0), f64::NEG_INFINITY);
    assert_eq!(apply_numeric(NumericOp::Rem, -5.0, 2.0), -1.0);
    assert!(apply_numeric(NumericOp::Rem, -4.0, 2.0).is_sign_negative());
    assert_eq!(apply_numeric(NumericOp::Rem, 5.5, f64::INFINITY), 5.5);
    assert!(apply_numeric(NumericOp::Exp, 1.0, f64::INFINITY).is_nan());
    assert_eq!(apply_numeric(NumericOp::Exp, f64::NAN, 0.0), 1.0);
    assert_eq!(apply_numeric(NumericOp::Exp, 2.0, 10.0), 1024.0);
    assert_eq!(apply_numeric(NumericOp::Shl, 1.0, 31.0), -2147483648.0);
    assert_eq!(apply_numeric(NumericOp::Shl, 1.0, 32.0), 1.0);
    assert_eq!(apply_numeric(NumericOp::Sar, -8.0, 1.0), -4.0);
    assert_eq!(apply_numeric(NumericOp::Shr, -1.0, 0.0), 4294967295.0);
    assert_eq!(apply_numeric(NumericOp::Shr, -8.0, 1.0), 2147483644.0);
    assert_eq!(apply_numeric(NumericOp::BitOr, 4294967296.5, 0.0), 0.0);
    assert_eq!(apply_numeric(NumericOp::BitXor, 5.0, 3.0), 6.0);
    assert_eq!(apply_numeric(NumericOp::BitAnd, -1.0, 255.0), 255.0);
    assert_eq!(number(bitwise_not(&mut ctx, Value::number(5.0)).expect("not")), -6.0);
    let negated = negate(&mut ctx, Value::number(0.0)).expect("neg");
    assert!(number(negated).is_sign_negative());
    let empty = string(&mut ctx, "");
    assert_eq!(number(negate(&mut ctx, empty).expect("neg")), -0.0);
}

#[test]
fn relational_comparisons() {
    let mut ctx = Context::new_for_tests();
    assert!(relational(&mut ctx, Relation::Ge, Value::NULL, Value::number(0.0)).expect("cmp"));
    assert!(!relational(&mut ctx, Relation::Gt, Value::NULL, Value::number(0.0)).expect("cmp"));
    assert!(!relational(&mut ctx, Relation::Lt, Value::UNDEFINED, Value::number(0.0)).expect("cmp"));
    assert!(!relational(&mut ctx, Relation::Ge, Value::UNDEFINED, Value::number(0.0)).expect("cmp"));
    assert!(!relational(&mut ctx, Relation::Le, Value::NAN, Value::NAN).expect("cmp"));
    let (a, b, upper_b) = (string(&mut ctx, "a"), string(&mut ctx, "b"), string(&mut ctx, "B"));
    assert!(relational(&mut ctx, Relation::Lt, a, b).expect("cmp"));
    assert!(relational(&mut ctx, Relation::Lt, upper_b, a).expect("cmp"));
    let (ten, nine) = (string(&mut ctx, "10"), string(&mut ctx, "9"));
    assert!(relational(&mut ctx, Relation::Lt, ten, nine).expect("string compare"));
    assert!(!relational(&mut ctx, Relation::Lt, ten, Value::number(9.0)).expect("numeric compare"));
    let two = Value::object(array::from_values(&mut ctx, &[Value::number(2.0)]));
    assert!(relational(&mut ctx, Relation::Gt, two, Value::number(1.0)).expect("cmp"));
    let (prefix, longer) = (string(&mut ctx, "ab"), string(&mut ctx, "abc"));
    assert!(relational(&mut ctx, Relation::Le, prefix, longer).expect("cmp"));
}

#[test]
fn equality() {
    let mut ctx = Context::new_for_tests();
    assert!(loosely_equal(&mut ctx, Value::UNDEFINED, Value::NULL).expect("eq"));
    assert!(!loosely_equal(&mut ctx, Value::NULL, Value::number(0.0)).expect("eq"));
    assert!(!loosely_equal(&mut ctx, Value::NAN, Value::NAN).expect("eq"));
    let one = string(&mut ctx, "1");
    assert!(loosely_equal(&mut ctx, one, Value::number(1.0)).expect("eq"));
    assert!(loosely_equal(&mut ctx, Value::TRUE, one).expect("eq"));
    let empty = string(&mut ctx, "");
    assert!(loosely_equal(&mut ctx, empty, Value::number(0.0)).expect("eq"));
    let zero_array = Value::object(array::from_values(&mut ctx, &[]));
    assert!(loosely_equal(&mut ctx, zero_array, Value::FALSE).expect("[] == false"));
    let object = Value::object(ctx.new_object());
    assert!(loosely_equal(&mut ctx, object, object).expect("eq"));
    let other = Value::object(ctx.new_object());
    assert!(!loosely_equal(&mut ctx, object, other).expect("eq"));
    let text = string(&mut ctx, "[object Object]");
    assert!(loosely_equal(&mut ctx, object, text).expect("eq"));
    assert!(!conv::strict_equals(Value::NAN, Value::NAN));
    assert!(conv::strict_equals(Value::number(-0.0), Value::number(0.0)));
    let (x, y) = (string(&mut ctx, "héllo"), string(&mut ctx, "héllo"));
    assert!(conv::strict_equals(x, y));
    assert!(!conv::strict_equals(one, Value::number(1.0)));
}

#[test]
fn typeof_values() {
    let mut ctx = Context::new_for_tests();
    let cases = [
        (Value::UNDEFINED, "undefined"),
        (Value::NULL, "object"),
        (Value::TRUE, "boolean"),
        (Value::number(1.0), "number"),
        (Value::object(ctx.realm.object_constructor), "function"),
        (Value::object(ctx.realm.object_prototype), "object"),
        (Value::symbol(ctx.symbols.iterator), "symbol"),
    ];
    for (value, expected) in cases {
        assert_eq!(type_of(&ctx, value).get().to_rust_string(), expected);
    }
    let text_value = string(&mut ctx, "s");
    assert_eq!(type_of(&ctx, text_value).get().to_rust_string(), "string");
}

#[test]
fn instanceof_and_in() {
    let mut ctx = Context::new_for_tests();
    let array = Value::object(array::from_values(&mut ctx, &[]));
    let array_constructor = Value::object(ctx.realm.array_constructor);
    let object_constructor = Value::object(ctx.realm.object_constructor);
    assert!(instance_of(&mut ctx, array, array_constructor).expect("instanceof"));
    assert!(instance_of(&mut ctx, array, object_constructor).expect("instanceof"));
    assert!(!instance_of(&mut ctx, Value::number(1.0), object_constructor).expect("instanceof"));
    let plain = Value::object(ctx.new_object());
    assert!(instance_of(&mut ctx, array, plain).is_err());
    let message_key = crate::object::PropertyKey::String(ctx.atoms.message);
    let message = { let thrown = ctx.take_exception(); crate::object::ops::get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Right-hand side of 'instanceof' is not callable");
    let length = string(&mut ctx, "length");
    assert!(has_in(&mut ctx, length, array).expect("in"));
    let x = string(&mut ctx, "x");
    let abc = string(&mut ctx, "abc");
    assert!(has_in(&mut ctx, x, abc).is_err());
    let message = { let thrown = ctx.take_exception(); crate::object::ops::get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Cannot use 'in' operator to search for 'x' in abc");
}

#[test]
fn to_primitive_uses_value_of_then_to_string() {
    let mut ctx = Context::new_for_tests();
    let null_prototype = Value::object(ctx.new_object_with_prototype(None));
    assert!(conv::to_primitive(&mut ctx, null_prototype, conv::Hint::Default).is_err());
    let message_key = crate::object::PropertyKey::String(ctx.atoms.message);
    let message = { let thrown = ctx.take_exception(); crate::object::ops::get_value(&mut ctx, thrown, message_key).expect("message") };
    assert_eq!(text(&mut ctx, message), "Cannot convert object to primitive value");
    let nested = array::from_values(&mut ctx, &[Value::number(1.0)]);
    let outer = Value::object(array::from_values(&mut ctx, &[Value::object(nested), Value::NULL, Value::number(3.0)]));
    assert_eq!(text(&mut ctx, outer), "1,,3");
}

