//! The options of node's `util.inspect` (`lib/internal/util/inspect.js`): parsing them from
//! the call's arguments over `inspect.defaultOptions`, the `stylize` functions and colour
//! table, and the options object a custom `[util.inspect.custom]` function receives. The
//! walker (`node::inspect`) reads an [`InspectOptions`] and never looks at JS option objects.
//!
//! `inspect.defaultOptions` lives on the `internal:util` binding (property `defaultOptions`),
//! so a program that never loads `util` formats with node's built-in defaults and pays
//! nothing for the lookup.

use crate::builtins::builder::ObjectBuilder;
use crate::context::Context;
use crate::error::JsResult;
use crate::object::function::{self, NativeCall};
use crate::object::{ops, OwnProperty, PropertyKey};
use crate::text::inspect::{Compact, LayoutContext};
use crate::value::{conv, Value};

/// The option names node copies from an options object, in `inspectDefaultOptions` order.
pub const OPTION_NAMES: [&str; 12] = [
    "showHidden",
    "depth",
    "colors",
    "customInspect",
    "showProxy",
    "maxArrayLength",
    "maxStringLength",
    "breakLength",
    "compact",
    "sorted",
    "getters",
    "numericSeparator",
];

/// node's `getters` option.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Getters {
    /// `false`: accessors print as `[Getter]`.
    Never,
    /// `true`: every getter is called.
    Always,
    /// `'get'`: getters without a setter are called.
    GetOnly,
    /// `'set'`: getters with a setter are called.
    SetOnly,
}

/// One `inspect` call's options, as node's `ctx` holds them after `inspect()` copied the
/// defaults and the caller's options.
#[derive(Clone, Debug)]
pub struct InspectOptions {
    /// The option values as given (node keeps them as they are: a custom inspector sees them),
    /// in [`OPTION_NAMES`] order.
    pub values: [Value; 12],
    /// The caller's options object when it had keys node does not know (`ctx.userOptions`).
    pub user_options: Value,
}

/// The style names of `inspect.styles`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Style {
    /// Functions, getters, circular markers, `[Object]`.
    Special,
    /// Numbers.
    Number,
    /// BigInts.
    BigInt,
    /// Booleans.
    Boolean,
    /// `undefined` and empty array items.
    Undefined,
    /// `null`.
    Null,
    /// Strings and quoted keys.
    String,
    /// Symbols.
    Symbol,
    /// Dates.
    Date,
    /// Regular expressions.
    RegExp,
    /// Module namespaces.
    Module,
    /// Property names (unstyled by default).
    Name,
}

impl Style {
    /// The style for a `[Number: 1]`-like box of type `name` (node lowercases the type name).
    pub fn of_type_name(name: &str) -> Style {
        match name {
            "Number" => Style::Number,
            "BigInt" => Style::BigInt,
            "Boolean" => Style::Boolean,
            "String" => Style::String,
            "Symbol" => Style::Symbol,
            _ => Style::Name,
        }
    }

    fn from_name(name: &str) -> Option<Style> {
        Some(match name {
            "special" => Style::Special,
            "number" => Style::Number,
            "bigint" => Style::BigInt,
            "boolean" => Style::Boolean,
            "undefined" => Style::Undefined,
            "null" => Style::Null,
            "string" => Style::String,
            "symbol" => Style::Symbol,
            "date" => Style::Date,
            "regexp" => Style::RegExp,
            "module" => Style::Module,
            "name" => Style::Name,
            _ => return None,
        })
    }

    /// The ANSI start and end codes of node's default `inspect.styles` / `inspect.colors`.
    fn codes(self) -> Option<(u8, u8)> {
        Some(match self {
            Style::Special => (36, 39),                                 // cyan
            Style::Number | Style::BigInt | Style::Boolean => (33, 39), // yellow
            Style::Undefined => (90, 39),                               // grey
            Style::Null => (1, 22),                                     // bold
            Style::String | Style::Symbol => (32, 39),                  // green
            Style::Date => (35, 39),                                    // magenta
            Style::RegExp => (31, 39),                                  // red
            Style::Module => (4, 24),                                   // underline
            Style::Name => return None,
        })
    }
}

impl Style {
    /// Every style, in [`Style::NAMES`] order.
    const ALL: [Style; 12] = [
        Style::Special,
        Style::Number,
        Style::BigInt,
        Style::Boolean,
        Style::Undefined,
        Style::Null,
        Style::String,
        Style::Symbol,
        Style::Date,
        Style::RegExp,
        Style::Module,
        Style::Name,
    ];

    /// The `inspect.styles` key of each style.
    const NAMES: [&'static str; 12] = [
        "special",
        "number",
        "bigint",
        "boolean",
        "undefined",
        "null",
        "string",
        "symbol",
        "date",
        "regexp",
        "module",
        "name",
    ];

    fn index(self) -> usize {
        Style::ALL
            .iter()
            .position(|style| *style == self)
            .unwrap_or(0)
    }
}

/// The escape codes `colors: true` uses for each style: node's defaults, or what
/// `util.inspect.styles` and `util.inspect.colors` say once `util` is loaded (node's
/// `stylizeWithColor` reads them on every call).
#[derive(Clone, Debug)]
pub struct StyleTable {
    codes: [Option<(String, String)>; 12],
}

impl StyleTable {
    /// node's default `inspect.styles` over `inspect.colors`.
    pub fn node_defaults() -> StyleTable {
        StyleTable {
            codes: Style::ALL.map(|style| {
                style
                    .codes()
                    .map(|(start, end)| (start.to_string(), end.to_string()))
            }),
        }
    }

    /// The table in effect now (a getter that throws leaves node's defaults).
    pub fn current(ctx: &mut Context) -> StyleTable {
        match StyleTable::from_util_js(ctx) {
            Ok(Some(table)) => table,
            Ok(None) => StyleTable::node_defaults(),
            Err(_) => {
                ctx.take_exception();
                StyleTable::node_defaults()
            }
        }
    }

    fn from_util_js(ctx: &mut Context) -> JsResult<Option<StyleTable>> {
        let cache = ctx.realm.core_module_cache;
        let binding_key = ctx.key("internal:util");
        let Some(OwnProperty::Data { value: binding, .. }) =
            ops::own_lookup(ctx, cache, binding_key)
        else {
            return Ok(None);
        };
        let inspect_key = ctx.key("inspect");
        let inspect = ops::get_value(ctx, binding, inspect_key)?;
        let styles_key = ctx.key("styles");
        let colors_key = ctx.key("colors");
        let styles = ops::get_value(ctx, inspect, styles_key)?;
        let colors = ops::get_value(ctx, inspect, colors_key)?;
        if !styles.is_object() || !colors.is_object() {
            return Ok(None);
        }
        let mut table = StyleTable {
            codes: Default::default(),
        };
        for (index, name) in Style::NAMES.iter().enumerate() {
            let key = ctx.key(name);
            let style = ops::get_value(ctx, styles, key)?;
            if style.is_undefined() {
                continue;
            }
            let color_key = conv::to_property_key(ctx, style)?;
            let color = ops::get_value(ctx, colors, color_key)?;
            if color.is_undefined() {
                continue;
            }
            let start = ops::get_value(ctx, color, PropertyKey::Index(0))?;
            let end = ops::get_value(ctx, color, PropertyKey::Index(1))?;
            let start = conv::to_string(ctx, start)?.get().to_rust_string();
            let end = conv::to_string(ctx, end)?.get().to_rust_string();
            table.codes[index] = Some((start, end));
        }
        Ok(Some(table))
    }

    /// `text` wrapped in the codes of `style`, or unchanged when the style has none.
    pub fn apply(&self, text: String, style: Style) -> String {
        match &self.codes[style.index()] {
            Some((start, end)) => format!("\u{1b}[{start}m{text}\u{1b}[{end}m"),
            None => text,
        }
    }
}

impl InspectOptions {
    /// node v20's `inspectDefaultOptions`.
    pub fn node_defaults() -> InspectOptions {
        InspectOptions {
            values: [
                Value::FALSE,
                Value::number(2.0),
                Value::FALSE,
                Value::TRUE,
                Value::FALSE,
                Value::number(100.0),
                Value::number(10_000.0),
                Value::number(80.0),
                Value::number(3.0),
                Value::FALSE,
                Value::FALSE,
                Value::FALSE,
            ],
            user_options: Value::UNDEFINED,
        }
    }

    /// The options `console.log` and a plain `util.inspect(value)` use: node's defaults, or
    /// `util.inspect.defaultOptions` once `util` is loaded.
    pub fn current_defaults(ctx: &mut Context) -> JsResult<InspectOptions> {
        let mut options = InspectOptions::node_defaults();
        let cache = ctx.realm.core_module_cache;
        let binding_key = ctx.key("internal:util");
        let Some(OwnProperty::Data { value: binding, .. }) =
            ops::own_lookup(ctx, cache, binding_key)
        else {
            return Ok(options);
        };
        let key = ctx.key("defaultOptions");
        let defaults = ops::get_value(ctx, binding, key)?;
        if let Some(defaults) = defaults.as_object() {
            for (index, name) in OPTION_NAMES.iter().enumerate() {
                let key = ctx.key(name);
                options.values[index] = ops::get_property(ctx, defaults, key)?;
            }
        }
        Ok(options)
    }

    /// node's `inspect(value, opts)` option handling, over [`current_defaults`]:
    /// `inspect(value, showHidden, depth, colors)` (legacy) or `inspect(value, options)`.
    ///
    /// [`current_defaults`]: InspectOptions::current_defaults
    pub fn from_arguments(ctx: &mut Context, args: &[Value]) -> JsResult<InspectOptions> {
        let mut options = InspectOptions::current_defaults(ctx)?;
        if args.len() > 2 {
            if !args[2].is_undefined() {
                options.values[1] = args[2];
            }
            if args.len() > 3 && !args[3].is_undefined() {
                options.values[2] = args[3];
            }
        }
        let Some(&given) = args.get(1) else {
            return Ok(options);
        };
        if given.as_boolean().is_some() {
            options.values[0] = given;
        } else if conv::to_boolean(given) {
            options.apply_object_js(ctx, given)?;
        }
        Ok(options)
    }

    /// Copies the known keys of `object` (own enumerable, `Object.keys` order) into these
    /// options; remembers `object` as the user options when it has other keys.
    pub fn apply_object_js(&mut self, ctx: &mut Context, object: Value) -> JsResult<()> {
        let object = conv::to_object(ctx, object)?;
        let keys = ops::own_property_keys(ctx, object);
        for key in keys {
            let PropertyKey::String(atom) = key else {
                if let PropertyKey::Index(_) = key {
                    self.note_user_options(object);
                }
                continue;
            };
            match ops::get_own_property(ctx, object, key)? {
                Some(property) if property.enumerable() => {}
                _ => continue,
            }
            let name = atom.get().to_rust_string();
            let value = ops::get_property(ctx, object, key)?;
            match OPTION_NAMES.iter().position(|known| *known == name) {
                Some(index) => self.values[index] = value,
                // node copies `stylize` too; kiln always uses its own (see module docs).
                None if name == "stylize" => {}
                None => self.note_user_options(object),
            }
        }
        Ok(())
    }

    fn note_user_options(&mut self, object: crate::gc::Gc<crate::object::JsObject>) {
        if self.user_options.is_undefined() {
            self.user_options = Value::object(object);
        }
    }

    /// Sets option `name` (one of [`OPTION_NAMES`]).
    pub fn set(&mut self, name: &str, value: Value) {
        if let Some(index) = OPTION_NAMES.iter().position(|known| *known == name) {
            self.values[index] = value;
        }
    }

    /// `showHidden`.
    pub fn show_hidden(&self) -> bool {
        conv::to_boolean(self.values[0])
    }

    /// `showProxy`.
    pub fn show_proxy(&self) -> bool {
        conv::to_boolean(self.values[4])
    }

    /// `depth` as the walker compares it: `recurseTimes > depth` never holds for null, NaN
    /// (e.g. `undefined`) or Infinity.
    pub fn depth(&self, ctx: &mut Context) -> f64 {
        let depth = self.values[1];
        if depth.is_null() {
            return f64::INFINITY;
        }
        conv::to_number(ctx, depth).unwrap_or_else(|_| {
            ctx.take_exception();
            f64::NAN
        })
    }

    /// The raw `depth` value.
    pub fn depth_value(&self) -> Value {
        self.values[1]
    }

    /// `colors`.
    pub fn colors(&self) -> bool {
        conv::to_boolean(self.values[2])
    }

    /// `customInspect`.
    pub fn custom_inspect(&self) -> bool {
        conv::to_boolean(self.values[3])
    }

    /// `sorted`: `None`, or the comparator (`true` for the default order).
    pub fn sorted(&self) -> Option<Value> {
        conv::to_boolean(self.values[9]).then_some(self.values[9])
    }

    /// `getters`.
    pub fn getters(&self) -> Getters {
        let value = self.values[10];
        if let Some(text) = value.as_string() {
            return match text.get().to_rust_string().as_str() {
                "get" => Getters::GetOnly,
                "set" => Getters::SetOnly,
                _ => Getters::Always,
            };
        }
        if conv::to_boolean(value) {
            Getters::Always
        } else {
            Getters::Never
        }
    }

    /// `numericSeparator`.
    pub fn numeric_separator(&self) -> bool {
        conv::to_boolean(self.values[11])
    }

    /// The layout fields (`breakLength`, `compact`, `colors`, the length limits).
    pub fn layout(&self, ctx: &mut Context) -> LayoutContext {
        let mut layout = LayoutContext {
            colors: self.colors(),
            ..LayoutContext::default()
        };
        layout.max_array_length = length_limit(ctx, self.values[5]);
        layout.max_string_length = length_limit(ctx, self.values[6]);
        let break_length = number_or_nan(ctx, self.values[7]);
        layout.break_length = if break_length.is_nan() || break_length >= usize::MAX as f64 {
            usize::MAX
        } else {
            break_length.max(0.0) as usize
        };
        let compact = self.values[8];
        layout.compact = match (compact.as_boolean(), compact.as_number()) {
            (Some(true), _) => Compact::Always,
            (_, Some(levels)) if levels >= 1.0 => {
                Compact::Depth(levels.ceil().min(u32::MAX as f64) as u32)
            }
            (_, Some(_)) => Compact::Depth(0),
            _ => Compact::Never,
        };
        layout
    }

    /// node's `getUserOptions`: the options object a custom inspector receives (every option,
    /// `stylize` first, then the caller's extra keys).
    pub fn user_options_object_js(&self, ctx: &mut Context) -> JsResult<Value> {
        let object = ctx.new_object();
        let stylize = stylize_function(ctx, self.colors());
        let key = ctx.key("stylize");
        ops::create_data_property_or_throw(ctx, object, key, Value::object(stylize))?;
        for (index, name) in OPTION_NAMES.iter().enumerate() {
            let key = ctx.key(name);
            let mut value = self.values[index];
            // node replaces a null limit by Infinity before anything reads it.
            if (index == 5 || index == 6) && value.is_null() {
                value = Value::number(f64::INFINITY);
            }
            ops::create_data_property_or_throw(ctx, object, key, value)?;
        }
        if let Some(user) = self.user_options.as_object() {
            // `{ ...ctx.userOptions }`: own enumerable keys, in order, strings then symbols.
            let keys = ops::own_property_keys(ctx, user);
            for key in keys {
                match ops::get_own_property(ctx, user, key)? {
                    Some(property) if property.enumerable() => {}
                    _ => continue,
                }
                let value = ops::get_property(ctx, user, key)?;
                ops::create_data_property_or_throw(ctx, object, key, value)?;
            }
        }
        Ok(Value::object(object))
    }
}

fn number_or_nan(ctx: &mut Context, value: Value) -> f64 {
    conv::to_number(ctx, value).unwrap_or_else(|_| {
        ctx.take_exception();
        f64::NAN
    })
}

/// `maxArrayLength` / `maxStringLength`: null and Infinity are unlimited, negatives and NaN 0.
fn length_limit(ctx: &mut Context, value: Value) -> usize {
    if value.is_null() {
        return usize::MAX;
    }
    let limit = number_or_nan(ctx, value);
    if limit.is_nan() || limit <= 0.0 {
        0
    } else if limit >= usize::MAX as f64 {
        usize::MAX
    } else {
        limit.ceil() as usize
    }
}

/// node's `stylizeNoColor` or `stylizeWithColor` as a function object.
pub fn stylize_function(ctx: &mut Context, colors: bool) -> crate::gc::Gc<crate::object::JsObject> {
    if colors {
        let name = ctx.intern_str("stylizeWithColor");
        function::new_native(ctx, name, 2, stylize_with_color, false)
    } else {
        let name = ctx.intern_str("stylizeNoColor");
        function::new_native(ctx, name, 1, stylize_no_color, false)
    }
}

/// stylizeNoColor(str): `str`.
fn stylize_no_color(_ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    Ok(call.arg(0))
}

/// stylizeWithColor(str, styleType): `str` wrapped in the style's escape codes.
fn stylize_with_color(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let style = conv::to_string(ctx, call.arg(1))?.get().to_rust_string();
    let Some(style) = Style::from_name(&style) else {
        return Ok(call.arg(0));
    };
    let table = StyleTable::current(ctx);
    let text = conv::to_string(ctx, call.arg(0))?.get().to_rust_string();
    let styled = table.apply(text.clone(), style);
    if styled == text {
        return Ok(call.arg(0));
    }
    Ok(Value::string(crate::string::from_str(ctx, &styled)))
}

/// A fresh `inspect.defaultOptions` object with node's defaults (for the `internal:util`
/// binding).
pub fn new_default_options_object(ctx: &mut Context) -> crate::gc::Gc<crate::object::JsObject> {
    let object = ctx.new_object();
    let defaults = InspectOptions::node_defaults();
    let mut builder = ObjectBuilder::new(ctx, object);
    for (index, name) in OPTION_NAMES.iter().enumerate() {
        builder.property(
            name,
            defaults.values[index],
            crate::object::Attributes::DEFAULT,
        );
    }
    object
}

/// `util.inspect(value[, options])` (and the legacy `(value, showHidden, depth, colors)`).
pub fn inspect_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let options = InspectOptions::from_arguments(ctx, call.args)?;
    let text = super::inspect::Inspector::with_options(ctx, options).inspect(ctx, call.arg(0))?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}

/// `util.formatWithOptions(inspectOptions, ...args)` (the options are already validated).
pub fn format_with_options_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let mut options = InspectOptions::current_defaults(ctx)?;
    if call.arg(0).is_object() {
        options.apply_object_js(ctx, call.arg(0))?;
    }
    let args = call.args.get(1..).unwrap_or(&[]);
    let text = super::inspect::format_args_with_options(ctx, &options, args)?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
