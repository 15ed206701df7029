//! A first `util.inspect` object walker for `console.log`: walks values through the object
//! model and leaves all layout (quoting, line breaking, grouping) to `text::inspect`, following
//! node v20's `formatValue`/`formatRaw`. Covers primitives, plain objects, arrays (holes,
//! extra keys, 100-item limit), functions, errors, boxed primitives, class-like instances,
//! null-prototype objects, getters/setters, depth limit 2 and circular references, Maps, Sets,
//! their iterators, the weak collections, typed arrays, ArrayBuffers and DataViews
//! (`ViewEntries`). Proxy and `showHidden` are for the util.inspect work to add.

use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::function::FunctionVariant;
use crate::object::{ops, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::text::inspect::{
    empty_items_text, format_number, format_property_key, format_string, format_string_styled, format_symbol_key, reduce_to_single_string,
    remaining_items_text, Alignment, Extras, LayoutContext,
};
use crate::builtins::map_set::{CollectionKind, CollectionPreview};
use crate::value::Value;
use super::inspect_options::{Getters, InspectOptions, Style};

/// Default `depth` of console.log.
const DEFAULT_DEPTH: usize = 2;

/// One inspect call's state.
pub struct Inspector {
    layout: LayoutContext,
    /// `depth`: objects deeper than this print as `[Object]` (NaN and Infinity: never).
    depth: f64,
    seen: Vec<Gc<JsObject>>,
    circular: Vec<(Gc<JsObject>, usize)>,
    /// `showHidden`: non-enumerable own properties too, shown as `[key]`.
    show_hidden: bool,
    /// All options, as given (custom inspectors receive them).
    options: InspectOptions,
    /// `Symbol.for('nodejs.util.inspect.custom')` when the program has created it (no object
    /// can have the key otherwise) and `customInspect` is on.
    custom_symbol: Option<Gc<crate::symbol::JsSymbol>>,
    /// The escape codes of `colors: true`, read once per call.
    styles: Option<super::inspect_options::StyleTable>,
}

impl Default for Inspector {
    fn default() -> Inspector {
        Inspector::new()
    }
}

impl Inspector {
    /// An inspector with console.log's defaults.
    pub fn new() -> Inspector {
        Inspector {
            layout: LayoutContext::default(),
            depth: DEFAULT_DEPTH as f64,
            seen: Vec::new(),
            circular: Vec::new(),
            show_hidden: false,
            options: InspectOptions::node_defaults(),
            custom_symbol: None,
            styles: None,
        }
    }

    /// An inspector with `options` (see `inspect_options`).
    pub fn with_options(ctx: &mut Context, options: InspectOptions) -> Inspector {
        let custom_symbol = if options.custom_inspect() { registered_custom_symbol(ctx) } else { None };
        let styles = options.colors().then(|| super::inspect_options::StyleTable::current(ctx));
        Inspector {
            layout: options.layout(ctx),
            depth: options.depth(ctx),
            seen: Vec::new(),
            circular: Vec::new(),
            show_hidden: options.show_hidden(),
            options,
            custom_symbol,
            styles,
        }
    }

    /// The inspector of `%o`: `{ ...options, showHidden: true, showProxy: true, depth: 4 }`.
    pub fn for_format_o(ctx: &mut Context, options: &InspectOptions) -> Inspector {
        let mut options = options.clone();
        options.set("showHidden", Value::TRUE);
        options.set("showProxy", Value::TRUE);
        options.set("depth", Value::number(4.0));
        Inspector::with_options(ctx, options)
    }

    fn stylize(&self, text: String, style: Style) -> String {
        match &self.styles {
            Some(table) => table.apply(text, style),
            None => text,
        }
    }

    /// `util.inspect(value)`.
    pub fn inspect(&mut self, ctx: &mut Context, value: Value) -> JsResult<String> {
        self.format_value(ctx, value, 0)
    }

    fn format_value(&mut self, ctx: &mut Context, value: Value, recurse_times: usize) -> JsResult<String> {
        let Some(mut object) = value.as_object() else { return Ok(self.format_primitive(value)) };
        // A proxy is shown as its target (node never runs its traps), or with `showProxy` as
        // `Proxy [ target, handler ]`; custom inspectors are called on the proxy itself.
        let context = object;
        if let ObjectKind::Proxy(data) = object.get().kind() {
            let (Some(target), Some(handler)) = (data.target(), data.handler()) else {
                return Ok(self.stylize("<Revoked Proxy>".to_string(), Style::Special));
            };
            if self.options.show_proxy() {
                return self.format_proxy(ctx, target, handler, recurse_times);
            }
            object = target;
        }
        if let Some(text) = self.format_custom(ctx, object, context, recurse_times)? {
            return Ok(text);
        }
        if self.seen.contains(&object) {
            let index = match self.circular.iter().find(|(seen, _)| *seen == object) {
                Some(&(_, index)) => index,
                None => {
                    let index = self.circular.len() + 1;
                    self.circular.push((object, index));
                    index
                }
            };
            return Ok(self.stylize(format!("[Circular *{index}]"), Style::Special));
        }
        ctx.check_stack()?;
        self.format_raw(ctx, object, recurse_times)
    }

    /// Node's `customInspect` step of `formatValue`: calls `value[inspect.custom](depth,
    /// options, inspect)` unless it is `inspect` itself or `value` is a prototype (its
    /// constructor's `prototype`); a string result is used as is (re-indented), anything else
    /// but `value` itself is formatted in its place.
    /// Node's `formatProxy`.
    fn format_proxy(&mut self, ctx: &mut Context, target: Gc<JsObject>, handler: Gc<JsObject>, recurse_times: usize) -> JsResult<String> {
        if recurse_times as f64 > self.depth {
            return Ok(self.stylize("Proxy [Array]".to_string(), Style::Special));
        }
        let recurse_times = recurse_times + 1;
        self.layout.indentation_lvl += 2;
        let target = self.format_value(ctx, Value::object(target), recurse_times);
        let handler = target.and_then(|target| Ok((target, self.format_value(ctx, Value::object(handler), recurse_times)?)));
        self.layout.indentation_lvl -= 2;
        let (target, handler) = handler?;
        Ok(reduce_to_single_string(&self.layout, vec![target, handler], "", ["Proxy [", "]"], Extras::Array(Alignment::Left), recurse_times))
    }

    /// `context` is the value being inspected (a proxy of `object`, or `object` itself): the
    /// custom inspector is read from `object` and called with `this` = `context`.
    fn format_custom(&mut self, ctx: &mut Context, object: Gc<JsObject>, context: Gc<JsObject>, recurse_times: usize) -> JsResult<Option<String>> {
        let Some(symbol) = self.custom_symbol else { return Ok(None) };
        let custom = ops::get_property(ctx, object, PropertyKey::Symbol(symbol))?;
        if !custom.is_callable() {
            return Ok(None);
        }
        let inspect_function = super::internal::util_inspect_function(ctx)?;
        if custom == inspect_function {
            return Ok(None);
        }
        let constructor_key = PropertyKey::String(ctx.atoms.constructor);
        let constructor = ops::get_property(ctx, object, constructor_key)?;
        if crate::value::conv::to_boolean(constructor) {
            let prototype_key = PropertyKey::String(ctx.atoms.prototype);
            if ops::get_value(ctx, constructor, prototype_key)? == Value::object(object) {
                return Ok(None);
            }
        }
        let depth_value = self.options.depth_value();
        let depth = if depth_value.is_null() { Value::NULL } else { Value::number(self.depth - recurse_times as f64) };
        let options = self.options.user_options_object_js(ctx)?;
        let result = crate::object::function::call(ctx, custom, Value::object(context), &[depth, options, inspect_function])?;
        if result == Value::object(object) {
            return Ok(None);
        }
        if let Some(text) = result.as_string() {
            let indentation = format!("\n{}", " ".repeat(self.layout.indentation_lvl));
            return Ok(Some(text.get().to_rust_string().replace('\n', &indentation)));
        }
        self.format_value(ctx, result, recurse_times).map(Some)
    }

    fn format_primitive(&self, value: Value) -> String {
        if let Some(string) = value.as_string() {
            return format_string_styled(&self.layout, &string.get().to_utf16(), |quoted| self.stylize(quoted, Style::String));
        }
        if let Some(number) = value.as_number() {
            return self.stylize(format_number_option(number, self.options.numeric_separator()), Style::Number);
        }
        if let Some(symbol) = value.as_symbol() {
            return self.stylize(symbol.get().descriptive_string(), Style::Symbol);
        }
        if value.is_bigint() {
            let digits = crate::bigint::to_string_radix(crate::bigint::of(value), 10);
            return self.stylize(format!("{digits}n"), Style::BigInt);
        }
        match value.as_boolean() {
            Some(true) => self.stylize("true".to_string(), Style::Boolean),
            Some(false) => self.stylize("false".to_string(), Style::Boolean),
            None if value.is_null() => self.stylize("null".to_string(), Style::Null),
            None => self.stylize("undefined".to_string(), Style::Undefined),
        }
    }

    fn format_raw(&mut self, ctx: &mut Context, object: Gc<JsObject>, recurse_times: usize) -> JsResult<String> {
        let constructor = constructor_name(ctx, object)?;
        let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
        let tag_value = ops::get_property(ctx, object, tag_key)?;
        let mut tag = tag_value.as_string().map(|tag| tag.get().to_rust_string()).unwrap_or_default();
        if !tag.is_empty() && constructor.as_deref() == Some(tag.as_str()) {
            tag.clear();
        }
        let mut keys = visible_keys(ctx, object, false, self.show_hidden);
        let mut base = String::new();
        let mut braces = ["{".to_string(), "}".to_string()];
        let mut extras = Extras::Object;
        let mut is_array = false;
        let mut buffer_view = None;
        let is_arguments = matches!(*object.get().kind(), ObjectKind::Arguments | ObjectKind::MappedArguments(_));
        let collection = crate::builtins::map_set::collection_preview(ctx, object);
        let promise = crate::builtins::promise::promise_details(Value::object(object));
        if let ObjectKind::String(string) = *object.get().kind() {
            // Node drops a String wrapper's index keys: its characters show in the base.
            let length = string.get().len() as u32;
            keys.retain(|key| !matches!(key, PropertyKey::Index(index) if *index < length));
        }
        if object.get().is_array() {
            is_array = true;
            keys = visible_keys(ctx, object, true, self.show_hidden);
            let length = crate::iteration::length_of_array_like(ctx, object)?;
            let prefix = if constructor.as_deref() != Some("Array") || !tag.is_empty() {
                prefix_text(constructor.as_deref(), &tag, "Array", &format!("({length})"))
            } else {
                String::new()
            };
            braces = [format!("{prefix}["), "]".to_string()];
            if length == 0 && keys.is_empty() {
                return Ok(format!("{}]", braces[0]));
            }
            extras = Extras::Array(Alignment::Left);
        } else if let Some(view) = ViewEntries::of(object) {
            match self.view_braces(ctx, object, view, constructor.as_deref(), &tag, &mut keys) {
                Ok((open, view_extras)) => (braces, extras) = (open, view_extras),
                Err(whole) => return Ok(whole),
            }
            buffer_view = Some(view);
        } else if let Some(preview) = &collection {
            match collection_open_brace(preview, constructor.as_deref(), &tag, keys.is_empty()) {
                Ok(open) => braces[0] = open,
                Err(empty) => return Ok(empty),
            }
        } else if object.get().is_callable() {
            base = function_base(ctx, object, constructor.as_deref(), &tag);
            if keys.is_empty() {
                return Ok(self.stylize(base, Style::Special));
            }
        } else if object.get().is_error() || inherits_error_prototype(ctx, object) {
            let details = ErrorDetails { constructor: constructor.as_deref(), tag: &tag, show_hidden: self.show_hidden };
            base = error_base(ctx, object, &details, &mut keys, self.layout.indentation_lvl)?;
            if keys.is_empty() {
                return Ok(base);
            }
        } else if let Some(boxed) = boxed_base(ctx, object, self) {
            base = boxed;
            if keys.is_empty() {
                return Ok(self.stylize(base, boxed_style(object)));
            }
        } else if promise.is_some() {
            braces[0] = format!("{}{{", prefix_text(constructor.as_deref(), &tag, "Promise", ""));
        } else if matches!(*object.get().kind(), ObjectKind::ModuleNamespace(_)) {
            braces[0] = "[Module: null prototype] {".to_string();
            if keys.is_empty() {
                return Ok("[Module: null prototype] {}".to_string());
            }
        } else {
            if constructor.as_deref() == Some("Object") {
                if is_arguments {
                    braces[0] = "[Arguments] {".to_string();
                } else if !tag.is_empty() {
                    braces[0] = format!("{}{{", prefix_text(constructor.as_deref(), &tag, "Object", ""));
                }
                if keys.is_empty() {
                    return Ok(format!("{}}}", braces[0]));
                }
            } else {
                let prefix = prefix_text(constructor.as_deref(), &tag, "Object", "");
                if keys.is_empty() {
                    return Ok(format!("{prefix}{{}}"));
                }
                braces[0] = format!("{prefix}{{");
            }
        }
        if recurse_times as f64 > self.depth {
            let name = prefix_text(constructor.as_deref(), &tag, if is_array { "Array" } else { "Object" }, "");
            let name = name.trim_end();
            let text = if constructor.is_some() { format!("[{name}]") } else { name.to_string() };
            return Ok(self.stylize(text, Style::Special));
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(object);
        self.layout.current_depth = recurse_times;
        let mut output = Vec::new();
        let mut all_numbers = is_array;
        if let Some((state, result)) = promise {
            // Node's formatPromise: `<pending>`, the value, or `<rejected> reason`.
            let text = if state == crate::builtins::promise::PromiseState::Pending {
                self.stylize("<pending>".to_string(), Style::Special)
            } else {
                self.layout.indentation_lvl += 2;
                let text = self.format_value(ctx, result, recurse_times);
                self.layout.indentation_lvl -= 2;
                let text = text?;
                if state == crate::builtins::promise::PromiseState::Rejected {
                    format!("{} {text}", self.stylize("<rejected>".to_string(), Style::Special))
                } else {
                    text
                }
            };
            output.push(text);
        }
        if let Some(preview) = &collection {
            self.format_collection(ctx, preview, recurse_times, &mut output)?;
        }
        if is_array {
            all_numbers = self.format_array(ctx, object, recurse_times, &mut output)?;
        }
        if let Some(view) = buffer_view {
            self.format_view_entries(ctx, object, view, recurse_times, &mut output)?;
        }
        let key_count = keys.len();
        for key in keys {
            let entry = self.format_property_entry(ctx, object, key, recurse_times, extras)?;
            output.push(entry);
            all_numbers = false;
        }
        if let Some(ViewEntries::TypedArray { length }) = buffer_view {
            // Node right-aligns when `value[i]` is a number for every entry index.
            all_numbers = output.len() <= length;
        }
        self.seen.pop();
        if let Some(comparator) = self.options.sorted() {
            // Node sorts every entry of an object-like value, only the extra keys of an array.
            let start = if matches!(extras, Extras::Object) { 0 } else { output.len() - key_count };
            if output.len() - start > 1 || matches!(extras, Extras::Object) {
                let tail = output.split_off(start);
                output.extend(sort_entries(ctx, tail, comparator)?);
            }
        }
        if let Some(&(_, index)) = self.circular.iter().find(|(seen, _)| *seen == object) {
            let reference = self.stylize(format!("<ref *{index}>"), Style::Special);
            if self.layout.compact == crate::text::inspect::Compact::Always {
                braces[0] = format!("{reference} {}", braces[0]);
            } else {
                base = if base.is_empty() { reference } else { format!("{reference} {base}") };
            }
        }
        if let Extras::Array(_) = extras {
            extras = Extras::Array(if all_numbers { Alignment::Right } else { Alignment::Left });
        }
        Ok(reduce_to_single_string(&self.layout, output, &base, [braces[0].as_str(), braces[1].as_str()], extras, recurse_times))
    }

    /// Node's `formatArray` / `formatSpecialArray`: elements, runs of holes as
    /// `<n empty items>`, at most `max_array_length` entries. True when every entry is a number.
    fn format_array(&mut self, ctx: &mut Context, object: Gc<JsObject>, recurse_times: usize, output: &mut Vec<String>) -> JsResult<bool> {
        let length = crate::iteration::length_of_array_like(ctx, object)?;
        let max_length = length.min(self.layout.max_array_length as u64) as usize;
        let mut all_numbers = true;
        let mut index: u64 = 0;
        while (index as usize) < max_length {
            let key = PropertyKey::Index(index as u32);
            if ops::get_own_property(ctx, object, key)?.is_none() {
                return self.format_special_array(ctx, object, recurse_times, max_length, output, index, length);
            }
            let (text, is_number) = self.format_property_value(ctx, object, key, recurse_times)?;
            all_numbers &= is_number;
            output.push(text);
            index += 1;
        }
        if length > max_length as u64 {
            output.push(remaining_items_text((length - max_length as u64) as usize));
        }
        Ok(all_numbers)
    }

    #[allow(clippy::too_many_arguments)]
    fn format_special_array(
        &mut self,
        ctx: &mut Context,
        object: Gc<JsObject>,
        recurse_times: usize,
        max_length: usize,
        output: &mut Vec<String>,
        start: u64,
        length: u64,
    ) -> JsResult<bool> {
        let indices: Vec<u32> = ops::own_property_keys(ctx, object)
            .into_iter()
            .filter_map(|key| match key {
                PropertyKey::Index(index) if index as u64 >= start => Some(index),
                _ => None,
            })
            .collect();
        let mut index = start;
        for position in indices {
            if output.len() >= max_length {
                break;
            }
            if position as u64 != index {
                output.push(self.stylize(empty_items_text((position as u64 - index) as usize), Style::Undefined));
                index = position as u64;
                if output.len() == max_length {
                    break;
                }
            }
            let (text, _) = self.format_property_value(ctx, object, PropertyKey::Index(position), recurse_times)?;
            output.push(text);
            index += 1;
        }
        let remaining = length - index;
        if output.len() != max_length {
            if remaining > 0 {
                output.push(self.stylize(empty_items_text(remaining as usize), Style::Undefined));
            }
        } else if remaining > 0 {
            output.push(remaining_items_text(remaining as usize));
        }
        Ok(false)
    }

    /// Node's `formatMap`, `formatSet`, `formatIterator` and `formatWeakCollection`.
    fn format_collection(&mut self, ctx: &mut Context, preview: &CollectionPreview, recurse_times: usize, output: &mut Vec<String>) -> JsResult<()> {
        if matches!(preview.kind, CollectionKind::WeakMap | CollectionKind::WeakSet) {
            output.push(self.stylize("<items unknown>".to_string(), Style::Special));
            return Ok(());
        }
        let step = if preview.key_value { 2 } else { 1 };
        let count = preview.entries.get().len() / step;
        let shown = count.min(self.layout.max_array_length);
        self.layout.indentation_lvl += 2;
        let result = (|| {
            for index in 0..shown {
                let key = preview.entries.get().get(index * step);
                let key_text = self.format_value(ctx, key, recurse_times)?;
                if !preview.key_value {
                    output.push(key_text);
                    continue;
                }
                let value = preview.entries.get().get(index * step + 1);
                let value_text = self.format_value(ctx, value, recurse_times)?;
                if preview.kind == CollectionKind::Map {
                    output.push(format!("{key_text} => {value_text}"));
                } else {
                    let pair = vec![key_text, value_text];
                    output.push(reduce_to_single_string(&self.layout, pair, "", ["[", "]"], Extras::Array(Alignment::Left), recurse_times));
                }
            }
            Ok(())
        })();
        self.layout.indentation_lvl -= 2;
        result?;
        if count > shown {
            output.push(remaining_items_text(count - shown));
        }
        Ok(())
    }

    /// Node's `formatProperty` for an object key: `name: value`, the value formatted with
    /// [`Self::format_property_value`] (getters per the `getters` option), indented by 3 in
    /// `compact: true` objects.
    fn format_property_entry(&mut self, ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, recurse_times: usize, extras: Extras) -> JsResult<String> {
        let diff = crate::text::inspect::property_indentation(&self.layout, extras);
        let property = ops::get_own_property(ctx, object, key)?;
        let text = match property {
            Some(OwnProperty::Data { value, .. }) => {
                self.layout.indentation_lvl += diff;
                let text = self.format_value(ctx, value, recurse_times);
                self.layout.indentation_lvl -= diff;
                text?
            }
            Some(OwnProperty::Accessor { getter, .. }) if matches!(*object.get().kind(), ObjectKind::ModuleNamespace(_)) => {
                // A namespace shows its exports' current values (`<uninitialized>` in their TDZ).
                match crate::object::function::call(ctx, getter, Value::object(object), &[]) {
                    Ok(value) => {
                        self.layout.indentation_lvl += diff;
                        let text = self.format_value(ctx, value, recurse_times);
                        self.layout.indentation_lvl -= diff;
                        text?
                    }
                    Err(_) => {
                        ctx.take_exception();
                        self.stylize("<uninitialized>".to_string(), Style::Special)
                    }
                }
            }
            Some(OwnProperty::Accessor { getter, setter, .. }) => self.format_accessor(ctx, object, getter, setter, recurse_times)?,
            None => self.stylize("undefined".to_string(), Style::Undefined),
        };
        let hidden = !property.is_some_and(|property| property.enumerable());
        let name = match key {
            PropertyKey::Symbol(symbol) => {
                let escaped = format_symbol_key(&utf16(&symbol.get().descriptive_string()));
                let inner = &escaped[1..escaped.len() - 1];
                format!("[{}]", self.stylize(inner.to_string(), Style::Symbol))
            }
            _ if key.display() == "__proto__" => "['__proto__']".to_string(),
            _ if hidden => crate::text::inspect::format_hidden_key(&utf16(&key.display())),
            _ => {
                let name = format_property_key(&utf16(&key.display()));
                if name.starts_with(['\'', '"', '`']) {
                    self.stylize(name, Style::String)
                } else {
                    self.stylize(name, Style::Name)
                }
            }
        };
        Ok(crate::text::inspect::join_property(&self.layout, &name, &text, extras))
    }

    /// An accessor's entry text: `[Getter]`, `[Setter]`, `[Getter/Setter]`, or with the
    /// `getters` option the getter's result (`[Getter: 1]`, `[Getter] { a: 1 }`).
    fn format_accessor(&mut self, ctx: &mut Context, receiver: Gc<JsObject>, getter: Value, setter: Value, recurse_times: usize) -> JsResult<String> {
        if getter.is_undefined() {
            return Ok(if setter.is_undefined() {
                self.stylize("undefined".to_string(), Style::Undefined)
            } else {
                self.stylize("[Setter]".to_string(), Style::Special)
            });
        }
        let label = if setter.is_undefined() { "Getter" } else { "Getter/Setter" };
        let call_getter = match self.options.getters() {
            Getters::Never => false,
            Getters::Always => true,
            Getters::GetOnly => setter.is_undefined(),
            Getters::SetOnly => !setter.is_undefined(),
        };
        if !call_getter {
            return Ok(self.stylize(format!("[{label}]"), Style::Special));
        }
        let result = match crate::object::function::call(ctx, getter, Value::object(receiver), &[]) {
            Ok(result) => result,
            Err(_) => {
                let error = ctx.take_exception();
                let message_key = PropertyKey::String(ctx.atoms.message);
                let message = ops::get_value(ctx, error, message_key)?;
                let message = crate::value::conv::to_string(ctx, message)?.get().to_rust_string();
                let open = self.stylize(format!("[{label}:"), Style::Special);
                let close = self.stylize("]".to_string(), Style::Special);
                return Ok(format!("{open} <Inspection threw ({message})>{close}"));
            }
        };
        self.layout.indentation_lvl += 2;
        let text = if result.is_null() {
            Ok(format!("{} {}{}", self.stylize(format!("[{label}:"), Style::Special), self.stylize("null".to_string(), Style::Null), self.stylize("]".to_string(), Style::Special)))
        } else if result.is_object() {
            self.format_value(ctx, result, recurse_times).map(|text| format!("{} {text}", self.stylize(format!("[{label}]"), Style::Special)))
        } else {
            let primitive = self.format_primitive(result);
            Ok(format!("{} {primitive}{}", self.stylize(format!("[{label}:"), Style::Special), self.stylize("]".to_string(), Style::Special)))
        };
        self.layout.indentation_lvl -= 2;
        text
    }

    /// Formats one property's value (getters are not called); also says whether it was a number.
    fn format_property_value(&mut self, ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, recurse_times: usize) -> JsResult<(String, bool)> {
        match ops::get_own_property(ctx, object, key)? {
            Some(OwnProperty::Data { value, .. }) => {
                self.layout.indentation_lvl += 2;
                let text = self.format_value(ctx, value, recurse_times);
                self.layout.indentation_lvl -= 2;
                Ok((text?, value.is_number()))
            }
            Some(OwnProperty::Accessor { getter, setter, .. }) => Ok((self.format_accessor(ctx, object, getter, setter, recurse_times)?, false)),
            None => Ok((self.stylize("undefined".to_string(), Style::Undefined), false)),
        }
    }
}

/// The typed array, ArrayBuffer and DataView kinds of `format_raw` (node's `formatTypedArray`,
/// `formatArrayBuffer` and the DataView keys).
#[derive(Copy, Clone)]
enum ViewEntries {
    /// A typed array of this many elements.
    TypedArray { length: usize },
    /// An ArrayBuffer or SharedArrayBuffer.
    ArrayBuffer { shared: bool },
    /// A DataView.
    DataView,
}

impl ViewEntries {
    fn of(object: Gc<JsObject>) -> Option<ViewEntries> {
        match object.get().kind() {
            ObjectKind::TypedArray(data) => Some(ViewEntries::TypedArray { length: data.length() }),
            ObjectKind::ArrayBuffer(data) => Some(ViewEntries::ArrayBuffer { shared: data.is_shared() }),
            ObjectKind::DataView(_) => Some(ViewEntries::DataView),
            _ => None,
        }
    }
}

impl Inspector {
    /// The braces and extras type of a typed array (`Uint8Array(3) [`), buffer or DataView
    /// (`ArrayBuffer {`), or Err with the whole text of an empty typed array (`Uint8Array(0)
    /// []`). Typed arrays list only their non-index keys.
    fn view_braces(
        &mut self,
        ctx: &mut Context,
        object: Gc<JsObject>,
        view: ViewEntries,
        constructor: Option<&str>,
        tag: &str,
        keys: &mut Vec<PropertyKey>,
    ) -> Result<([String; 2], Extras), String> {
        let open = match view {
            ViewEntries::TypedArray { length } => {
                *keys = visible_keys(ctx, object, true, self.show_hidden);
                // Without a constructor node names the type from its [[TypedArrayName]].
                let fallback = crate::builtins::typed_array::typed_array_data(object).map_or("", |data| data.element.name());
                let open = format!("{}[", prefix_text(constructor, tag, fallback, &format!("({length})")));
                if length == 0 && keys.is_empty() && !self.show_hidden {
                    return Err(format!("{open}]"));
                }
                return Ok(([open, "]".to_string()], Extras::Array(Alignment::Left)));
            }
            ViewEntries::ArrayBuffer { shared } => {
                let fallback = if shared { "SharedArrayBuffer" } else { "ArrayBuffer" };
                format!("{}{{", prefix_text(constructor, tag, fallback, ""))
            }
            ViewEntries::DataView => format!("{}{{", prefix_text(constructor, tag, "DataView", "")),
        };
        Ok(([open, "}".to_string()], Extras::Object))
    }

    /// The entries before the own keys: a typed array's elements (and with `showHidden` its
    /// `[length]`-style accessors), a buffer's `[Uint8Contents]` and `byteLength`, a
    /// DataView's `byteLength`, `byteOffset` and `buffer`.
    fn format_view_entries(&mut self, ctx: &mut Context, object: Gc<JsObject>, view: ViewEntries, recurse_times: usize, output: &mut Vec<String>) -> JsResult<()> {
        match view {
            ViewEntries::TypedArray { length } => {
                let shown = length.min(self.layout.max_array_length);
                for index in 0..shown {
                    let value = crate::builtins::typed_array::typed_array_data(object).and_then(|data| data.read_value(ctx, index)).unwrap_or(Value::UNDEFINED);
                    output.push(self.format_primitive(value));
                }
                if length > shown {
                    output.push(remaining_items_text(length - shown));
                }
                if self.show_hidden {
                    self.layout.indentation_lvl += 2;
                    let result = self.format_typed_array_hidden(ctx, object, recurse_times, output);
                    self.layout.indentation_lvl -= 2;
                    result?;
                }
            }
            ViewEntries::ArrayBuffer { .. } => {
                output.push(self.array_buffer_contents(object));
                output.push(self.format_virtual_property(ctx, object, "byteLength", recurse_times)?);
            }
            ViewEntries::DataView => {
                for name in ["byteLength", "byteOffset", "buffer"] {
                    output.push(self.format_virtual_property(ctx, object, name, recurse_times)?);
                }
            }
        }
        Ok(())
    }

    /// Node's `formatArrayBuffer`: `[Uint8Contents]: <01 02>` (at most `maxArrayLength` bytes,
    /// then `... n more bytes`), or `(detached)`.
    fn array_buffer_contents(&self, buffer: Gc<JsObject>) -> String {
        let Some(data) = crate::builtins::array_buffer::buffer_data(buffer).filter(|data| !data.is_detached()) else {
            return self.stylize("(detached)".to_string(), Style::Special);
        };
        let bytes = data.bytes();
        let shown = bytes.len().min(self.layout.max_array_length);
        let mut hex: Vec<String> = bytes[..shown].iter().map(|byte| format!("{byte:02x}")).collect();
        let remaining = bytes.len() - shown;
        if remaining > 0 {
            hex.push(format!("... {remaining} more byte{}", if remaining > 1 { "s" } else { "" }));
        }
        format!("{}: <{}>", self.stylize("[Uint8Contents]".to_string(), Style::Special), hex.join(" "))
    }

    /// `name: value` for a key node adds to the own keys (the value read with [[Get]]).
    fn format_virtual_property(&mut self, ctx: &mut Context, object: Gc<JsObject>, name: &str, recurse_times: usize) -> JsResult<String> {
        let key = ctx.key(name);
        let value = ops::get_property(ctx, object, key)?;
        let diff = crate::text::inspect::property_indentation(&self.layout, Extras::Object);
        self.layout.indentation_lvl += diff;
        let text = self.format_value(ctx, value, recurse_times);
        self.layout.indentation_lvl -= diff;
        Ok(crate::text::inspect::join_property(&self.layout, name, &text?, Extras::Object))
    }

    /// The `showHidden` entries of `formatTypedArray`: `[BYTES_PER_ELEMENT]: 1`, `[length]`,
    /// `[byteLength]`, `[byteOffset]`, and `[buffer]` in its short form.
    fn format_typed_array_hidden(&mut self, ctx: &mut Context, object: Gc<JsObject>, recurse_times: usize, output: &mut Vec<String>) -> JsResult<()> {
        for name in ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"] {
            let key = ctx.key(name);
            let value = ops::get_property(ctx, object, key)?;
            let text = match value.as_object().filter(|buffer| crate::builtins::array_buffer::buffer_data(*buffer).is_some()) {
                Some(buffer) if !self.seen.contains(&buffer) => self.format_buffer_short(ctx, buffer, recurse_times)?,
                _ => self.format_value(ctx, value, recurse_times)?,
            };
            output.push(format!("[{name}]: {text}"));
        }
        Ok(())
    }

    /// A typed array's buffer as node's `formatValue(…, typedArray = true)` prints it: no
    /// contents, `ArrayBuffer { byteLength: 2 }` plus any own keys.
    fn format_buffer_short(&mut self, ctx: &mut Context, buffer: Gc<JsObject>, recurse_times: usize) -> JsResult<String> {
        let constructor = constructor_name(ctx, buffer)?;
        let tag_key = PropertyKey::Symbol(ctx.symbols.to_string_tag);
        let tag_value = ops::get_property(ctx, buffer, tag_key)?;
        let mut tag = tag_value.as_string().map(|tag| tag.get().to_rust_string()).unwrap_or_default();
        if constructor.as_deref() == Some(tag.as_str()) {
            tag.clear();
        }
        let shared = crate::builtins::array_buffer::buffer_data(buffer).is_some_and(|data| data.is_shared());
        let prefix = prefix_text(constructor.as_deref(), &tag, if shared { "SharedArrayBuffer" } else { "ArrayBuffer" }, "");
        let keys = visible_keys(ctx, buffer, false, self.show_hidden);
        let length_key = ctx.key("byteLength");
        let byte_length = ops::get_property(ctx, buffer, length_key)?;
        if keys.is_empty() {
            return Ok(format!("{prefix}{{ byteLength: {} }}", self.format_primitive(byte_length)));
        }
        if recurse_times as f64 > self.depth {
            let name = prefix.trim_end();
            let text = if constructor.is_some() { format!("[{name}]") } else { name.to_string() };
            return Ok(self.stylize(text, Style::Special));
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(buffer);
        self.layout.current_depth = recurse_times;
        let mut output = vec![self.format_virtual_property(ctx, buffer, "byteLength", recurse_times)?];
        for key in keys {
            let entry = self.format_property_entry(ctx, buffer, key, recurse_times, Extras::Object);
            match entry {
                Ok(entry) => output.push(entry),
                Err(thrown) => {
                    self.seen.pop();
                    return Err(thrown);
                }
            }
        }
        self.seen.pop();
        let open = format!("{prefix}{{");
        Ok(reduce_to_single_string(&self.layout, output, "", [open.as_str(), "}"], Extras::Object, recurse_times))
    }
}

fn utf16(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// `Symbol.for('nodejs.util.inspect.custom')` if the registry has it (it is created by the
/// first `Symbol.for` of that key, e.g. by `require('util')`).
fn registered_custom_symbol(ctx: &mut Context) -> Option<Gc<crate::symbol::JsSymbol>> {
    let registry = ctx.realm.symbol_registry;
    let key = ctx.key("nodejs.util.inspect.custom");
    match ops::own_lookup(ctx, registry, key) {
        Some(OwnProperty::Data { value, .. }) => value.as_symbol(),
        _ => None,
    }
}

/// The style of a boxed primitive, RegExp or Date base.
fn boxed_style(object: Gc<JsObject>) -> Style {
    match *object.get().kind() {
        ObjectKind::Number(_) => Style::Number,
        ObjectKind::Boolean(_) => Style::Boolean,
        ObjectKind::String(_) => Style::String,
        ObjectKind::Symbol(_) => Style::Symbol,
        ObjectKind::BigInt(_) => Style::BigInt,
        ObjectKind::RegExp(_) => Style::RegExp,
        ObjectKind::Date(_) => Style::Date,
        _ => Style::Name,
    }
}

/// Node's `formatNumber`: with `numericSeparator`, `_` between groups of three digits of the
/// integer part and of the fraction (node's own quirks for negative fractions included).
fn format_number_option(value: f64, numeric_separator: bool) -> String {
    if !numeric_separator {
        return format_number(value);
    }
    let integer = value.trunc();
    let integer_text = crate::text::number::number_to_string(integer);
    if integer == value {
        if !value.is_finite() || integer_text.contains('e') {
            return integer_text;
        }
        return add_numeric_separator(&integer_text);
    }
    if value.is_nan() {
        return integer_text;
    }
    let full = crate::text::number::number_to_string(value);
    let fraction = full.get(integer_text.len() + 1..).unwrap_or("");
    format!("{}.{}", add_numeric_separator(&integer_text), add_numeric_separator_end(fraction))
}

/// Node's `addNumericSeparator`: `1234567` → `1_234_567`.
fn add_numeric_separator(text: &str) -> String {
    let start = usize::from(text.starts_with('-'));
    let mut result = String::new();
    let mut index = text.len();
    while index >= start + 4 {
        result = format!("_{}{result}", &text[index - 3..index]);
        index -= 3;
    }
    if index == text.len() {
        text.to_string()
    } else {
        format!("{}{result}", &text[..index])
    }
}

/// Node's `addNumericSeparatorEnd`: `1234567` → `123_456_7`.
fn add_numeric_separator_end(text: &str) -> String {
    let mut result = String::new();
    let mut index = 0;
    while index + 3 < text.len() {
        result.push_str(&text[index..index + 3]);
        result.push('_');
        index += 3;
    }
    if index == 0 {
        text.to_string()
    } else {
        format!("{result}{}", &text[index..])
    }
}

/// `Array.prototype.sort` of the entries with `comparator` (`true`: by UTF-16 code units).
fn sort_entries(ctx: &mut Context, entries: Vec<String>, comparator: Value) -> JsResult<Vec<String>> {
    if !comparator.is_callable() {
        let mut keyed: Vec<(Vec<u16>, String)> = entries.into_iter().map(|entry| (utf16(&entry), entry)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        return Ok(keyed.into_iter().map(|(_, entry)| entry).collect());
    }
    // A stable merge sort calling the comparator as Array.prototype.sort would (the order of
    // the calls may differ from V8's); the JS strings live in a rooted list.
    let list = ctx.new_list();
    for entry in &entries {
        let string = crate::string::from_str(ctx, entry);
        list.get_mut().push(Value::string(string));
    }
    let mut order: Vec<usize> = (0..entries.len()).collect();
    let mut width = 1;
    while width < order.len() {
        let mut merged = Vec::with_capacity(order.len());
        for start in (0..order.len()).step_by(2 * width) {
            let middle = (start + width).min(order.len());
            let end = (start + 2 * width).min(order.len());
            let (mut left, mut right) = (start, middle);
            while left < middle && right < end {
                let a = list.get().get(order[left]);
                let b = list.get().get(order[right]);
                let result = crate::object::function::call(ctx, comparator, Value::UNDEFINED, &[a, b])?;
                let result = crate::value::conv::to_number(ctx, result)?;
                if result > 0.0 {
                    merged.push(order[right]);
                    right += 1;
                } else {
                    merged.push(order[left]);
                    left += 1;
                }
            }
            merged.extend_from_slice(&order[left..middle]);
            merged.extend_from_slice(&order[right..end]);
        }
        order = merged;
        width *= 2;
    }
    Ok(order.into_iter().map(|index| entries[index].clone()).collect())
}

/// Own keys inspect shows: strings then symbols, enumerable ones only unless `show_hidden`;
/// for arrays only the non-index ones.
fn visible_keys(ctx: &mut Context, object: Gc<JsObject>, skip_indices: bool, show_hidden: bool) -> Vec<PropertyKey> {
    let mut keys = Vec::new();
    // A typed array's elements are never listed as keys (and may be billions).
    let all = if matches!(*object.get().kind(), ObjectKind::TypedArray(_)) { ops::own_named_keys(object) } else { ops::own_property_keys(ctx, object) };
    for key in all {
        if skip_indices && matches!(key, PropertyKey::Index(_)) {
            continue;
        }
        if show_hidden || ops::own_lookup(ctx, object, key).is_some_and(|property| property.enumerable()) {
            keys.push(key);
        }
    }
    keys
}

/// Node's `getConstructorName`: the name of the first `constructor` on the chain that the
/// object is an instance of.
fn constructor_name(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<Option<String>> {
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    let mut current = Some(object);
    while let Some(holder) = current {
        if let Some(OwnProperty::Data { value, .. }) = ops::own_lookup(ctx, holder, constructor_key) {
            if let Some(function) = value.as_object().filter(|function| function.get().is_callable()) {
                let name = crate::object::function::name_of(function, ctx.atoms.name);
                if !name.is_empty() && crate::value::ops::instance_of(ctx, Value::object(object), value).unwrap_or(false) {
                    return Ok(Some(name));
                }
            }
        }
        current = holder.get().prototype();
    }
    Ok(None)
}

/// The opening brace of a collection (`Map(2) {`, `[Map Entries] {`, `WeakSet {`), or Err with
/// the whole text of an empty Map or Set without extra keys (`Map(0) {}`).
fn collection_open_brace(preview: &CollectionPreview, constructor: Option<&str>, tag: &str, no_keys: bool) -> Result<String, String> {
    let type_name = preview.kind.type_name();
    match preview.kind {
        CollectionKind::Map | CollectionKind::Set => {
            let size = preview.entries.get().len() / if preview.key_value { 2 } else { 1 };
            let prefix = prefix_text(constructor, tag, type_name, &format!("({size})"));
            if size == 0 && no_keys {
                return Err(format!("{prefix}{{}}"));
            }
            Ok(format!("{prefix}{{"))
        }
        CollectionKind::MapIterator | CollectionKind::SetIterator => {
            // Node's getIteratorBraces, with ` Entries]` for key/value iterators.
            let expected = format!("{type_name} Iterator");
            let mut text = tag.to_string();
            if tag != expected {
                if !text.is_empty() {
                    text.push_str("] [");
                }
                text.push_str(&expected);
            }
            if preview.key_value && text.ends_with(" Iterator") {
                text.truncate(text.len() - " Iterator".len());
                text.push_str(" Entries");
            }
            Ok(format!("[{text}] {{"))
        }
        CollectionKind::WeakMap | CollectionKind::WeakSet => Ok(format!("{}{{", prefix_text(constructor, tag, type_name, ""))),
    }
}

/// Node's `getPrefix`.
fn prefix_text(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None if !tag.is_empty() && fallback != tag => format!("[{fallback}{size}: null prototype] [{tag}] "),
        None => format!("[{fallback}{size}: null prototype] "),
        Some(name) if !tag.is_empty() && name != tag => format!("{name}{size} [{tag}] "),
        Some(name) => format!("{name}{size} "),
    }
}

/// Node's `getClassBase`: `[class A extends B]`.
fn class_base(ctx: &mut Context, function: Gc<JsObject>, name: &str, constructor: Option<&str>, tag: &str) -> String {
    let name = if name.is_empty() { "(anonymous)" } else { name };
    let mut base = format!("class {name}");
    if let Some(constructor) = constructor.filter(|c| *c != "Function") {
        base.push_str(&format!(" [{constructor}]"));
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    if constructor.is_some() {
        let parent_name = function.get().prototype.and_then(|parent| {
            match ops::own_lookup(ctx, parent, PropertyKey::String(ctx.atoms.name)) {
                Some(OwnProperty::Data { value, .. }) => value.as_string().map(|n| n.get().to_rust_string()),
                _ => None,
            }
        });
        if let Some(parent_name) = parent_name.filter(|n| !n.is_empty()) {
            base.push_str(&format!(" extends {parent_name}"));
        }
    } else {
        base.push_str(" extends [null prototype]");
    }
    format!("[{base}]")
}

/// Node's `getFunctionBase` (and `getClassBase` for class constructors).
fn function_base(ctx: &mut Context, function: Gc<JsObject>, constructor: Option<&str>, tag: &str) -> String {
    let name = match ops::own_lookup(ctx, function, PropertyKey::String(ctx.atoms.name)) {
        Some(OwnProperty::Data { value, .. }) => value.as_string().map(|name| name.get().to_rust_string()).unwrap_or_default(),
        _ => String::new(),
    };
    if matches!(function.get().kind(), ObjectKind::Function(data) if data.is_class_constructor()) {
        return class_base(ctx, function, &name, constructor, tag);
    }
    let _ = matches!(function.get().kind(), ObjectKind::Function(data) if matches!(data.variant, FunctionVariant::Bound(_)));
    // Node's `Function`, `GeneratorFunction`, `AsyncFunction`, `AsyncGeneratorFunction`.
    let (generator, is_async) = match function.get().kind() {
        ObjectKind::Function(data) => (data.is_generator(), data.is_async()),
        _ => (false, false),
    };
    let kind = match (is_async, generator) {
        (false, false) => "Function",
        (false, true) => "GeneratorFunction",
        (true, false) => "AsyncFunction",
        (true, true) => "AsyncGeneratorFunction",
    };
    let mut base = format!("[{kind}");
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    if name.is_empty() {
        base.push_str(" (anonymous)");
    } else {
        base.push_str(": ");
        base.push_str(&name);
    }
    base.push(']');
    if let Some(constructor) = constructor {
        if constructor != kind {
            base.push(' ');
            base.push_str(constructor);
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// What `formatError` needs to know about the error besides the object.
struct ErrorDetails<'a> {
    constructor: Option<&'a str>,
    tag: &'a str,
    show_hidden: bool,
}

/// Node's `isError` beyond [[ErrorData]]: `value instanceof Error`.
fn inherits_error_prototype(ctx: &mut Context, object: Gc<JsObject>) -> bool {
    let error_prototype = ctx.realm.error_prototypes[crate::error::ErrorKind::Error as usize];
    let mut current = object.get().prototype();
    while let Some(prototype) = current {
        if prototype == error_prototype {
            return true;
        }
        current = prototype.get().prototype();
    }
    false
}

/// `Error.prototype.toString` (§20.5.3.4) applied to `error`.
fn error_to_string(ctx: &mut Context, error: Gc<JsObject>) -> JsResult<String> {
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = ops::get_property(ctx, error, name_key)?;
    let name = if name.is_undefined() { "Error".to_string() } else { crate::value::conv::to_string(ctx, name)?.get().to_rust_string() };
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = ops::get_property(ctx, error, message_key)?;
    let message = if message.is_undefined() { String::new() } else { crate::value::conv::to_string(ctx, message)?.get().to_rust_string() };
    Ok(match (name.is_empty(), message.is_empty()) {
        (true, _) => message,
        (false, true) => name,
        (false, false) => format!("{name}: {message}"),
    })
}

/// Node's `getStackString`: `err.stack` when truthy, else `Error.prototype.toString`.
fn stack_string(ctx: &mut Context, error: Gc<JsObject>) -> JsResult<String> {
    let stack_key = PropertyKey::String(ctx.atoms.stack);
    let stack = ops::get_property(ctx, error, stack_key)?;
    if crate::value::conv::to_boolean(stack) {
        return Ok(crate::value::conv::to_string(ctx, stack)?.get().to_rust_string());
    }
    error_to_string(ctx, error)
}

/// Node's `improveStack`: when the stack starts with a name that hides the constructor
/// (`Error: m` of a `class E2 extends Error`), it is rewritten as `E2 [Error]: m`.
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut length = name.len();
    let looks_regular = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == length || matches!(stack.as_bytes().get(length), Some(b':' | b'\n')));
    if constructor.is_some() && !looks_regular {
        return stack;
    }
    let mut fallback = "Error".to_string();
    if constructor.is_none() {
        let found = stack_name_prefix(&stack);
        length = found.len();
        fallback = if found.is_empty() { "Error".to_string() } else { found };
    }
    let prefix = prefix_text(constructor, tag, &fallback, "");
    let prototype = &prefix[..prefix.len() - 1];
    if name == prototype {
        return stack;
    }
    let rest = stack.get(length..).unwrap_or("");
    if prototype.contains(name) {
        if length == 0 {
            format!("{prototype}: {stack}")
        } else {
            format!("{prototype}{rest}")
        }
    } else {
        format!("{prototype} [{name}]{rest}")
    }
}

/// The name at the start of a stack without a constructor: node's
/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/` or `/^([a-z_A-Z0-9-]*Error)$/`.
fn stack_name_prefix(stack: &str) -> String {
    let bytes = stack.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'[' | b']' | b'(' | b')' | b'-');
        let mut end = 1;
        while end < bytes.len() && allowed(bytes[end]) {
            end += 1;
        }
        // The greedy run backtracks until a `:` or a newline-and-`at` follows.
        let mut candidate = end;
        while candidate > 1 {
            let rest = &stack[candidate..];
            let at_follows = rest.strip_prefix('\n').is_some_and(|after| {
                let trimmed = after.trim_start();
                trimmed.len() < after.len() && trimmed.starts_with("at")
            });
            if rest.starts_with(':') || at_follows {
                return stack[..candidate].to_string();
            }
            candidate -= 1;
        }
    }
    let whole = bytes.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if whole && stack.ends_with("Error") {
        return stack.to_string();
    }
    String::new()
}

/// Node's `formatError`: the stack (improved, see [`improve_stack`]), or `[Error: message]`
/// when it has no frames; hides `name`/`message`/`stack` keys the stack already shows and adds
/// `cause` and an AggregateError's `errors`.
fn error_base(ctx: &mut Context, error: Gc<JsObject>, details: &ErrorDetails<'_>, keys: &mut Vec<PropertyKey>, indentation: usize) -> JsResult<String> {
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name_value = ops::get_property(ctx, error, name_key)?;
    let name = if name_value.is_nullish() { "Error".to_string() } else { crate::value::conv::to_string(ctx, name_value)?.get().to_rust_string() };
    let mut stack = stack_string(ctx, error)?;
    // removeDuplicateErrorKeys
    if !details.show_hidden && !keys.is_empty() {
        for key_name in ["name", "message", "stack"] {
            let key = ctx.key(key_name);
            if let Some(position) = keys.iter().position(|k| *k == key) {
                let value = ops::get_property(ctx, error, key)?;
                let text = crate::value::conv::to_string(ctx, value)?.get().to_rust_string();
                if stack.contains(&text) {
                    keys.remove(position);
                }
            }
        }
    }
    let cause_key = PropertyKey::String(ctx.atoms.cause);
    if ops::has_property(ctx, error, cause_key)? && !keys.contains(&cause_key) {
        keys.push(cause_key);
    }
    let errors_key = ctx.key("errors");
    let errors = ops::get_property(ctx, error, errors_key)?;
    if errors.as_object().is_some_and(|errors| errors.get().is_array()) && !keys.contains(&errors_key) {
        keys.push(errors_key);
    }
    stack = improve_stack(stack, details.constructor, &name, details.tag);
    // The frames start after the message (which may itself contain "\n    at").
    let message_key = PropertyKey::String(ctx.atoms.message);
    let message = ops::get_property(ctx, error, message_key)?;
    let mut search_from = 0;
    if crate::value::conv::to_boolean(message) {
        let message = crate::value::conv::to_string(ctx, message)?.get().to_rust_string();
        if let Some(position) = stack.find(&message).filter(|&position| position > 0) {
            search_from = position + message.len();
        }
    }
    match stack.get(search_from..).and_then(|rest| rest.find("\n    at")) {
        None => stack = format!("[{stack}]"),
        Some(offset) => {
            let start = search_from + offset;
            let frames = stack_frames(ctx, error, &stack[start + 1..])?;
            stack = format!("{}\n{}", &stack[..start], frames.join("\n"));
        }
    }
    if indentation != 0 {
        let indent = " ".repeat(indentation);
        stack = stack.replace('\n', &format!("\n{indent}"));
    }
    Ok(stack)
}

/// Node's `getStackFrames`: the frame lines, with a run of frames identical to the `cause`'s
/// collapsed into `... n lines matching cause stack trace ...`.
fn stack_frames(ctx: &mut Context, error: Gc<JsObject>, frames: &str) -> JsResult<Vec<String>> {
    let mut lines: Vec<String> = frames.split('\n').map(str::to_string).collect();
    let cause_key = PropertyKey::String(ctx.atoms.cause);
    let cause = match ops::get_property(ctx, error, cause_key) {
        Ok(cause) => cause,
        Err(_) => {
            ctx.take_exception();
            Value::UNDEFINED
        }
    };
    let Some(cause) = cause.as_object().filter(|cause| cause.get().is_error() || inherits_error_prototype(ctx, *cause)) else {
        return Ok(lines);
    };
    let cause_stack = stack_string(ctx, cause)?;
    let Some(start) = cause_stack.find("\n    at") else { return Ok(lines) };
    let cause_frames: Vec<&str> = cause_stack[start + 1..].split('\n').collect();
    // identicalSequenceRange
    for index in 0..lines.len().saturating_sub(3) {
        let Some(position) = cause_frames.iter().position(|frame| *frame == lines[index]) else { continue };
        let rest = cause_frames.len() - position;
        if rest <= 3 {
            continue;
        }
        let max_length = (lines.len() - index).min(rest);
        let mut length = 1;
        while max_length > length && lines[index + length] == cause_frames[position + length] {
            length += 1;
        }
        if length > 3 {
            let skipped = length - 2;
            let message = format!("    ... {skipped} lines matching cause stack trace ...");
            lines.splice(index + 1..index + 1 + skipped, [message]);
            break;
        }
    }
    Ok(lines)
}

fn boxed_base(ctx: &mut Context, object: Gc<JsObject>, inspector: &Inspector) -> Option<String> {
    let _ = ctx;
    match *object.get().kind() {
        ObjectKind::Number(number) => Some(format!("[Number: {}]", format_number(number))),
        ObjectKind::Boolean(boolean) => Some(format!("[Boolean: {boolean}]")),
        ObjectKind::String(string) => Some(format!("[String: {}]", format_string(&inspector.layout, &string.get().to_utf16()))),
        ObjectKind::Symbol(symbol) => Some(format!("[Symbol: {}]", symbol.get().descriptive_string())),
        ObjectKind::BigInt(value) => Some(format!("[BigInt: {}n]", crate::bigint::to_string_radix(crate::bigint::of(value), 10))),
        ObjectKind::RegExp(_) => crate::builtins::regexp::display_text(object),
        ObjectKind::Date(_) => crate::builtins::date::display_text(object),
        _ => None,
    }
}

/// `util.inspect(value)` with the current default options (node's, or
/// `util.inspect.defaultOptions`), as console.log uses them.
pub fn inspect(ctx: &mut Context, value: Value) -> JsResult<String> {
    let options = InspectOptions::current_defaults(ctx)?;
    Inspector::with_options(ctx, options).inspect(ctx, value)
}

/// How node prints an uncaught exception (`fatalExceptionStackEnhancers.afterInspector`):
/// `util.inspect(error, { customInspect: false, depth: max(defaultOptions.depth, 5) })`.
pub fn inspect_uncaught(ctx: &mut Context, value: Value) -> JsResult<String> {
    let mut options = InspectOptions::current_defaults(ctx)?;
    // `Math.max(depth, 5)`: null counts as 0, anything NaN stays NaN (no limit).
    let depth = crate::value::conv::to_number(ctx, options.depth_value())?;
    options.set("customInspect", Value::FALSE);
    options.set("colors", Value::FALSE);
    options.set("depth", Value::number(if depth.is_nan() { f64::NAN } else { depth.max(5.0) }));
    Inspector::with_options(ctx, options).inspect(ctx, value)
}

/// Node's `util.format(...args)` as console.log uses it: `%s %d %i %f %j %o %O %c %%` in a
/// leading string, remaining arguments appended (strings raw, others inspected).
pub fn format_args(ctx: &mut Context, args: &[Value]) -> JsResult<String> {
    let options = InspectOptions::current_defaults(ctx)?;
    format_args_with_options(ctx, &options, args)
}

/// Node's `formatWithOptions(inspectOptions, ...args)`.
pub fn format_args_with_options(ctx: &mut Context, options: &InspectOptions, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = 0;
    if let Some(format) = args.first().and_then(|first| first.as_string()).filter(|_| args.len() > 1) {
        rest = 1;
        let text = format.get().to_rust_string();
        let mut chars = text.chars().peekable();
        while let Some(ch) = chars.next() {
            if ch != '%' {
                out.push(ch);
                continue;
            }
            let Some(&spec) = chars.peek() else {
                out.push('%');
                break;
            };
            if spec == '%' {
                chars.next();
                out.push('%');
                continue;
            }
            if rest >= args.len() || !"sdifjoOc".contains(spec) {
                out.push('%');
                continue;
            }
            chars.next();
            let arg = args[rest];
            rest += 1;
            match spec {
                's' => {
                    if let Some(number) = arg.as_number() {
                        out.push_str(&format_number(number));
                    } else if let Some(object) = arg.as_object().filter(|object| !object.get().is_callable()) {
                        if has_built_in_to_string(ctx, object)? {
                            let mut plain = options.clone();
                            plain.set("depth", Value::number(0.0));
                            plain.set("colors", Value::FALSE);
                            plain.set("compact", Value::number(3.0));
                            out.push_str(&Inspector::with_options(ctx, plain).inspect(ctx, arg)?);
                        } else {
                            out.push_str(&crate::value::conv::to_string(ctx, arg)?.get().to_rust_string());
                        }
                    } else if let Some(symbol) = arg.as_symbol() {
                        out.push_str(&symbol.get().descriptive_string());
                    } else {
                        out.push_str(&crate::value::conv::to_string(ctx, arg)?.get().to_rust_string());
                    }
                }
                'd' | 'i' | 'f' => {
                    let number = if arg.is_symbol() {
                        f64::NAN
                    } else if spec == 'd' {
                        crate::value::conv::to_number(ctx, arg)?
                    } else {
                        let text = crate::value::conv::to_string(ctx, arg)?.get().to_utf16();
                        if spec == 'i' {
                            crate::text::number::parse_int(&text, 0)
                        } else {
                            crate::text::number::parse_float(&text)
                        }
                    };
                    out.push_str(&format_number(number));
                }
                'c' => {}
                'j' => out.push_str(&crate::builtins::json_stringify::try_stringify(ctx, arg)?),
                'o' => out.push_str(&Inspector::for_format_o(ctx, options).inspect(ctx, arg)?),
                _ => out.push_str(&Inspector::with_options(ctx, options.clone()).inspect(ctx, arg)?),
            }
        }
    }
    for (index, &arg) in args.iter().enumerate().skip(rest) {
        if index > 0 {
            out.push(' ');
        }
        match arg.as_string() {
            Some(string) => out.push_str(&string.get().to_rust_string()),
            None => out.push_str(&Inspector::with_options(ctx, options.clone()).inspect(ctx, arg)?),
        }
    }
    Ok(out)
}

/// Node's `hasBuiltInToString`: whether `%s` inspects `object` (its `toString` is missing or
/// comes from a prototype whose `constructor` is a global built-in) rather than calling it.
fn has_built_in_to_string(ctx: &mut Context, object: Gc<JsObject>) -> JsResult<bool> {
    let to_string_key = ctx.key("toString");
    let to_string = ops::get_property(ctx, object, to_string_key)?;
    if !to_string.is_callable() {
        return Ok(true);
    }
    if ops::get_own_property(ctx, object, to_string_key)?.is_some() {
        return Ok(false);
    }
    let mut pointer = object;
    loop {
        let Some(next) = pointer.get().prototype() else { return Ok(true) };
        pointer = next;
        if ops::get_own_property(ctx, pointer, to_string_key)?.is_some() {
            break;
        }
    }
    let constructor_key = PropertyKey::String(ctx.atoms.constructor);
    let Some(OwnProperty::Data { value, .. }) = ops::get_own_property(ctx, pointer, constructor_key)? else { return Ok(false) };
    let Some(constructor) = value.as_object().filter(|c| c.get().is_callable()) else { return Ok(false) };
    let name_key = PropertyKey::String(ctx.atoms.name);
    let name = ops::get_property(ctx, constructor, name_key)?;
    let Some(name) = name.as_string().map(|name| name.get().to_rust_string()) else { return Ok(false) };
    // node's `builtInObjects`: the global names matching /^[A-Z][a-zA-Z0-9]+$/.
    let mut chars = name.chars();
    let pattern = chars.next().is_some_and(|first| first.is_ascii_uppercase())
        && name.len() > 1
        && chars.all(|ch| ch.is_ascii_alphanumeric());
    // node collects the names before it installs its own globals, so those never count.
    if !pattern || matches!(name.as_str(), "Buffer" | "DOMException" | "TextEncoder" | "TextDecoder") {
        return Ok(false);
    }
    let global = ctx.realm.global;
    let key = ctx.key(&name);
    Ok(ops::get_own_property(ctx, global, key)?.is_some())
}
