//! The `JSON` object (§25.5): installs `JSON.parse`, `JSON.stringify` and
//! `JSON[@@toStringTag]`. The parser (with V8's SyntaxError messages) is `json_parse.rs`, the
//! serializer (with V8's circular-structure message) is `json_stringify.rs`.

use super::builder::ObjectBuilder;
use crate::context::Context;
use crate::object::{Attributes, PropertyKey};
use crate::value::Value;

/// Installs the `JSON` global.
pub fn init(ctx: &mut Context) {
    let json = ctx.new_object();
    let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
    let tag = ctx.intern_str("JSON");
    ObjectBuilder::new(ctx, json)
        .method("parse", 2, super::json_parse::parse)
        .method("stringify", 3, super::json_stringify::stringify)
        .define(tag_key, Value::string(tag), Attributes::READONLY_HIDDEN);
    crate::realm::define_global(ctx, "JSON", Value::object(json));
}
