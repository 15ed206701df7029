//! A first `util.inspect` object walker for `console.log`: walks values through the object
//! model and leaves all layout (quoting, line breaking, grouping) to `text::inspect`, following
//! node v20's `formatValue`/`formatRaw`. Covers primitives, plain objects, arrays (holes,
//! extra keys, 100-item limit), functions, errors, boxed primitives, class-like instances,
//! null-prototype objects, getters/setters, depth limit 2 and circular references, Maps, Sets,
//! their iterators and the weak collections. Proxy, typed arrays and `showHidden` are for the
//! util.inspect work to add.

use crate::context::Context;
use crate::error::JsResult;
use crate::gc::Gc;
use crate::object::function::{FunctionVariant, NativeCall};
use crate::object::{ops, JsObject, ObjectKind, OwnProperty, PropertyKey};
use crate::text::inspect::{
    empty_items_text, format_number, format_property_key, format_string, format_symbol_key, reduce_to_single_string,
    remaining_items_text, Alignment, Extras, LayoutContext,
};
use crate::builtins::map_set::{CollectionKind, CollectionPreview};
use crate::value::Value;

/// Default `depth` of console.log.
const DEFAULT_DEPTH: usize = 2;

/// One inspect call's state.
pub struct Inspector {
    layout: LayoutContext,
    depth: usize,
    seen: Vec<Gc<JsObject>>,
    circular: Vec<(Gc<JsObject>, usize)>,
    /// `showHidden`: non-enumerable own properties too, shown as `[key]`.
    show_hidden: bool,
}

impl Default for Inspector {
    fn default() -> Inspector {
        Inspector::new()
    }
}

impl Inspector {
    /// An inspector with console.log's defaults.
    pub fn new() -> Inspector {
        Inspector { layout: LayoutContext::default(), depth: DEFAULT_DEPTH, seen: Vec::new(), circular: Vec::new(), show_hidden: false }
    }

    /// The inspector of `%o`: `{ showHidden: true, showProxy: true, depth: 4 }`.
    pub fn for_format_o() -> Inspector {
        Inspector { depth: 4, show_hidden: true, ..Inspector::new() }
    }

    /// `util.inspect(value)`.
    pub fn inspect(&mut self, ctx: &mut Context, value: Value) -> JsResult<String> {
        self.format_value(ctx, value, 0)
    }

    fn format_value(&mut self, ctx: &mut Context, value: Value, recurse_times: usize) -> JsResult<String> {
        let Some(object) = value.as_object() else { return Ok(self.format_primitive(value)) };
        if self.seen.contains(&object) {
            let index = match self.circular.iter().find(|(seen, _)| *seen == object) {
                Some(&(_, index)) => index,
                None => {
                    let index = self.circular.len() + 1;
                    self.circular.push((object, index));
                    index
                }
            };
            return Ok(format!("[Circular *{index}]"));
        }
        ctx.check_stack()?;
        self.format_raw(ctx, object, recurse_times)
    }

    fn format_primitive(&self, value: Value) -> String {
        if let Some(string) = value.as_string() {
            return format_string(&self.layout, &string.get().to_utf16());
        }
        if let Some(number) = value.as_number() {
            return format_number(number);
        }
        if let Some(symbol) = value.as_symbol() {
            return symbol.get().descriptive_string();
        }
        match value.as_boolean() {
            Some(true) => "true".to_string(),
            Some(false) => "false".to_string(),
            None if value.is_null() => "null".to_string(),
            None => "undefined".to_string(),
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
        let is_arguments = matches!(object.get().kind, ObjectKind::Arguments);
        let collection = crate::builtins::map_set::collection_preview(ctx, object);
        let promise = crate::builtins::promise::promise_details(Value::object(object));
        if let ObjectKind::String(string) = object.get().kind {
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
        } else if let Some(preview) = &collection {
            match collection_open_brace(preview, constructor.as_deref(), &tag, keys.is_empty()) {
                Ok(open) => braces[0] = open,
                Err(empty) => return Ok(empty),
            }
        } else if object.get().is_callable() {
            base = function_base(ctx, object, constructor.as_deref(), &tag);
            if keys.is_empty() {
                return Ok(base);
            }
        } else if object.get().is_error() {
            base = error_base(ctx, object, &mut keys, self.layout.indentation_lvl)?;
            if keys.is_empty() {
                return Ok(base);
            }
        } else if let Some(boxed) = boxed_base(ctx, object, self) {
            base = boxed;
            if keys.is_empty() {
                return Ok(base);
            }
        } else if promise.is_some() {
            braces[0] = format!("{}{{", prefix_text(constructor.as_deref(), &tag, "Promise", ""));
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
        if recurse_times > self.depth {
            let name = prefix_text(constructor.as_deref(), &tag, if is_array { "Array" } else { "Object" }, "");
            let name = name.trim_end();
            return Ok(if constructor.is_some() { format!("[{name}]") } else { name.to_string() });
        }
        let recurse_times = recurse_times + 1;
        self.seen.push(object);
        self.layout.current_depth = recurse_times;
        let mut output = Vec::new();
        let mut all_numbers = is_array;
        if let Some((state, result)) = promise {
            // Node's formatPromise: `<pending>`, the value, or `<rejected> reason`.
            let text = if state == crate::builtins::promise::PromiseState::Pending {
                "<pending>".to_string()
            } else {
                self.layout.indentation_lvl += 2;
                let text = self.format_value(ctx, result, recurse_times);
                self.layout.indentation_lvl -= 2;
                let text = text?;
                if state == crate::builtins::promise::PromiseState::Rejected {
                    format!("<rejected> {text}")
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
        for key in keys {
            let (text, _) = self.format_property_value(ctx, object, key, recurse_times)?;
            let hidden = self.show_hidden && !ops::own_lookup(ctx, object, key).is_some_and(|property| property.enumerable());
            let name = match key {
                PropertyKey::Symbol(symbol) => format_symbol_key(&utf16(&symbol.get().descriptive_string())),
                _ if hidden => format!("[{}]", key.display()),
                _ => format_property_key(&utf16(&key.display())),
            };
            let name = match key {
                PropertyKey::Symbol(_) if hidden => format!("[{name}]"),
                _ => name,
            };
            output.push(format!("{name}: {text}"));
            all_numbers = false;
        }
        self.seen.pop();
        if let Some(&(_, index)) = self.circular.iter().find(|(seen, _)| *seen == object) {
            let reference = format!("<ref *{index}>");
            base = if base.is_empty() { reference } else { format!("{reference} {base}") };
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
                output.push(empty_items_text((position as u64 - index) as usize));
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
                output.push(empty_items_text(remaining as usize));
            }
        } else if remaining > 0 {
            output.push(remaining_items_text(remaining as usize));
        }
        Ok(false)
    }

    /// Node's `formatMap`, `formatSet`, `formatIterator` and `formatWeakCollection`.
    fn format_collection(&mut self, ctx: &mut Context, preview: &CollectionPreview, recurse_times: usize, output: &mut Vec<String>) -> JsResult<()> {
        if matches!(preview.kind, CollectionKind::WeakMap | CollectionKind::WeakSet) {
            output.push("<items unknown>".to_string());
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

    /// Formats one property's value (getters are not called); also says whether it was a number.
    fn format_property_value(&mut self, ctx: &mut Context, object: Gc<JsObject>, key: PropertyKey, recurse_times: usize) -> JsResult<(String, bool)> {
        match ops::get_own_property(ctx, object, key)? {
            Some(OwnProperty::Data { value, .. }) => {
                self.layout.indentation_lvl += 2;
                let text = self.format_value(ctx, value, recurse_times);
                self.layout.indentation_lvl -= 2;
                Ok((text?, value.is_number()))
            }
            Some(OwnProperty::Accessor { getter, setter, .. }) => {
                let label = match (getter.is_undefined(), setter.is_undefined()) {
                    (false, false) => "[Getter/Setter]",
                    (false, true) => "[Getter]",
                    (true, false) => "[Setter]",
                    (true, true) => "undefined",
                };
                Ok((label.to_string(), false))
            }
            None => Ok(("undefined".to_string(), false)),
        }
    }
}

fn utf16(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// Own keys inspect shows: strings then symbols, enumerable ones only unless `show_hidden`;
/// for arrays only the non-index ones.
fn visible_keys(ctx: &mut Context, object: Gc<JsObject>, skip_indices: bool, show_hidden: bool) -> Vec<PropertyKey> {
    let mut keys = Vec::new();
    for key in ops::own_property_keys(ctx, object) {
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
    if matches!(&function.get().kind, ObjectKind::Function(data) if data.is_class_constructor()) {
        return class_base(ctx, function, &name, constructor, tag);
    }
    let _ = matches!(&function.get().kind, ObjectKind::Function(data) if matches!(data.variant, FunctionVariant::Bound(_)));
    // Node's `Function`, `GeneratorFunction`, `AsyncFunction`, `AsyncGeneratorFunction`.
    let (generator, is_async) = match &function.get().kind {
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

/// Node's `formatError` (simplified): the stack, or `[Error: message]` without frames.
fn error_base(ctx: &mut Context, error: Gc<JsObject>, keys: &mut Vec<PropertyKey>, indentation: usize) -> JsResult<String> {
    let stack_key = PropertyKey::String(ctx.atoms.stack);
    let stack = ops::get_property(ctx, error, stack_key)?;
    let mut stack = match stack.as_string() {
        Some(stack) => stack.get().to_rust_string(),
        None => crate::error::error_header(ctx, error),
    };
    let cause_key = PropertyKey::String(ctx.atoms.cause);
    if ops::own_lookup(ctx, error, cause_key).is_some() && !keys.contains(&cause_key) {
        keys.push(cause_key);
    }
    if !stack.contains("\n    at") {
        stack = format!("[{stack}]");
    }
    if indentation != 0 {
        let indent = " ".repeat(indentation);
        stack = stack.replace('\n', &format!("\n{indent}"));
    }
    Ok(stack)
}

fn boxed_base(ctx: &mut Context, object: Gc<JsObject>, inspector: &Inspector) -> Option<String> {
    let _ = ctx;
    match object.get().kind {
        ObjectKind::Number(number) => Some(format!("[Number: {}]", format_number(number))),
        ObjectKind::Boolean(boolean) => Some(format!("[Boolean: {boolean}]")),
        ObjectKind::String(string) => Some(format!("[String: {}]", format_string(&inspector.layout, &string.get().to_utf16()))),
        ObjectKind::Symbol(symbol) => Some(format!("[Symbol: {}]", symbol.get().descriptive_string())),
        ObjectKind::RegExp(_) => crate::builtins::regexp::display_text(object),
        ObjectKind::Date(_) => crate::builtins::date::display_text(object),
        _ => None,
    }
}

/// `util.inspect(value)` with console.log's options.
pub fn inspect(ctx: &mut Context, value: Value) -> JsResult<String> {
    Inspector::new().inspect(ctx, value)
}

/// Node's `util.format(...args)` as console.log uses it: `%s %d %i %f %j %o %O %c %%` in a
/// leading string, remaining arguments appended (strings raw, others inspected).
pub fn format_args(ctx: &mut Context, args: &[Value]) -> JsResult<String> {
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
                    if let Some(string) = arg.as_string() {
                        out.push_str(&string.get().to_rust_string());
                    } else if let Some(number) = arg.as_number() {
                        out.push_str(&format_number(number));
                    } else if arg.is_object() {
                        let mut inspector = Inspector::new();
                        inspector.depth = 0;
                        out.push_str(&inspector.inspect(ctx, arg)?);
                    } else {
                        out.push_str(&inspect(ctx, arg)?);
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
                'o' => out.push_str(&Inspector::for_format_o().inspect(ctx, arg)?),
                _ => out.push_str(&inspect(ctx, arg)?),
            }
        }
    }
    for (index, &arg) in args.iter().enumerate().skip(rest) {
        if index > 0 {
            out.push(' ');
        }
        match arg.as_string() {
            Some(string) => out.push_str(&string.get().to_rust_string()),
            None => out.push_str(&inspect(ctx, arg)?),
        }
    }
    Ok(out)
}

/// `util.inspect` as a native (installed by later work; kept here so the walker has one entry).
pub fn inspect_native(ctx: &mut Context, call: &NativeCall) -> JsResult<Value> {
    let text = inspect(ctx, call.arg(0))?;
    Ok(Value::string(crate::string::from_str(ctx, &text)))
}
