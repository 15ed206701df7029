//! Locale lists (ECMA-402 §9.2.1 CanonicalizeLocaleList) and locale resolution over the
//! available locales `en` and `en-US`. Language tags are checked against the BCP 47
//! `unicode_locale_id` grammar and put in canonical case; alias replacement (CLDR's
//! `iw` → `he` and the like) is not done.

use crate::context::Context;
use crate::error::{JsResult, ThrowExt};
use crate::iteration::length_of_array_like;
use crate::object::{ops, PropertyKey};
use crate::value::{conv, Value};

/// The locale every service falls back to.
pub const DEFAULT_LOCALE: &str = "en-US";

/// CanonicalizeLocaleList ( locales ): canonical tags, duplicates removed.
pub fn canonicalize_locale_list(ctx: &mut Context, locales: Value) -> JsResult<Vec<String>> {
    let mut seen: Vec<String> = Vec::new();
    if locales.is_undefined() {
        return Ok(seen);
    }
    let add = |ctx: &mut Context, tag: String, seen: &mut Vec<String>| -> JsResult<()> {
        match canonicalize_tag(&tag) {
            Some(canonical) => {
                if !seen.contains(&canonical) {
                    seen.push(canonical);
                }
                Ok(())
            }
            None => ctx.throw_range_error("Incorrect locale information provided"),
        }
    };
    if let Some(text) = locales.as_string() {
        add(ctx, text.get().to_rust_string(), &mut seen)?;
        return Ok(seen);
    }
    let object = conv::to_object(ctx, locales)?;
    let length = length_of_array_like(ctx, object)?;
    for index in 0..length {
        let key = PropertyKey::Index(index as u32);
        if !ops::has_property(ctx, object, key)? {
            continue;
        }
        let item = ops::get_property(ctx, object, key)?;
        if !item.is_string() && !item.is_object() {
            return ctx.throw_type_error("Language ID should be string or object.");
        }
        let text = conv::to_string(ctx, item)?.get().to_rust_string();
        add(ctx, text, &mut seen)?;
    }
    Ok(seen)
}

/// The tag with its Unicode (`-u-`) extension removed.
fn without_extensions(tag: &str) -> String {
    let subtags: Vec<&str> = tag.split('-').collect();
    let mut out: Vec<&str> = Vec::new();
    let mut skipping = false;
    for subtag in subtags {
        if subtag.len() == 1 {
            skipping = subtag == "u";
            if subtag == "x" {
                break;
            }
            if skipping {
                continue;
            }
        }
        if !skipping {
            out.push(subtag);
        }
    }
    out.join("-")
}

/// BestAvailableLocale over {en, en-US}: the tag or its truncation that has data.
pub fn best_available(tag: &str) -> Option<&'static str> {
    let mut candidate = without_extensions(tag);
    loop {
        match candidate.as_str() {
            "en-US" => return Some("en-US"),
            "en" => return Some("en"),
            _ => {}
        }
        let position = candidate.rfind('-')?;
        candidate.truncate(position);
        if candidate.len() >= 2 && candidate.as_bytes()[candidate.len() - 2] == b'-' {
            candidate.truncate(candidate.len() - 2);
        }
    }
}

/// LookupMatcher: the first requested locale with data, else the default.
pub fn resolve(requested: &[String]) -> String {
    requested.iter().find_map(|tag| best_available(tag)).unwrap_or(DEFAULT_LOCALE).to_string()
}

/// The value of Unicode extension `key` in the first requested locale that resolves.
pub fn extension_of_resolved(requested: &[String], key: &str) -> Option<String> {
    let tag = requested.iter().find(|tag| best_available(tag).is_some())?;
    let subtags: Vec<&str> = tag.split('-').collect();
    let start = subtags.iter().position(|subtag| *subtag == "u")?;
    let mut index = start + 1;
    while index < subtags.len() && subtags[index].len() != 1 {
        if subtags[index] == key {
            let mut values = Vec::new();
            let mut next = index + 1;
            while next < subtags.len() && subtags[next].len() > 2 {
                values.push(subtags[next]);
                next += 1;
            }
            return Some(if values.is_empty() { "true".to_string() } else { values.join("-") });
        }
        index += 1;
    }
    None
}

fn is_alpha(text: &str, range: std::ops::RangeInclusive<usize>) -> bool {
    range.contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_alphabetic())
}

fn is_alphanumeric(text: &str, range: std::ops::RangeInclusive<usize>) -> bool {
    range.contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_alphanumeric())
}

/// IsStructurallyValidLanguageTag + CanonicalizeUnicodeLocaleId (case only).
pub fn canonicalize_tag(tag: &str) -> Option<String> {
    if tag.is_empty() || !tag.is_ascii() {
        return None;
    }
    let lower = tag.to_ascii_lowercase();
    let subtags: Vec<&str> = lower.split('-').collect();
    let mut out: Vec<String> = Vec::new();
    let mut index = 0;
    // unicode_language_subtag: alpha{2,3} | alpha{5,8}
    let language = subtags[0];
    if !(is_alpha(language, 2..=3) || is_alpha(language, 5..=8)) {
        return None;
    }
    out.push(language.to_string());
    index += 1;
    if index < subtags.len() && is_alpha(subtags[index], 4..=4) {
        let script = subtags[index];
        out.push(script[..1].to_ascii_uppercase() + &script[1..]);
        index += 1;
    }
    if index < subtags.len() && (is_alpha(subtags[index], 2..=2) || (subtags[index].len() == 3 && subtags[index].bytes().all(|b| b.is_ascii_digit()))) {
        out.push(subtags[index].to_ascii_uppercase());
        index += 1;
    }
    let mut variants: Vec<&str> = Vec::new();
    while index < subtags.len() {
        let subtag = subtags[index];
        let is_variant = is_alphanumeric(subtag, 5..=8) || (subtag.len() == 4 && subtag.as_bytes()[0].is_ascii_digit() && is_alphanumeric(subtag, 4..=4));
        if !is_variant {
            break;
        }
        if variants.contains(&subtag) {
            return None;
        }
        variants.push(subtag);
        out.push(subtag.to_string());
        index += 1;
    }
    let mut singletons: Vec<&str> = Vec::new();
    while index < subtags.len() {
        let singleton = subtags[index];
        if singleton.len() != 1 || !is_alphanumeric(singleton, 1..=1) {
            return None;
        }
        if singleton != "x" {
            if singletons.contains(&singleton) {
                return None;
            }
            singletons.push(singleton);
        }
        out.push(singleton.to_string());
        index += 1;
        let minimum = if singleton == "x" { 1 } else { 2 };
        let start = index;
        while index < subtags.len() && subtags[index].len() > 1 || (singleton == "x" && index < subtags.len()) {
            if !is_alphanumeric(subtags[index], minimum..=8) {
                return None;
            }
            out.push(subtags[index].to_string());
            index += 1;
        }
        if index == start && singleton != "u" {
            return None;
        }
        if index == start && singleton == "u" {
            return None;
        }
    }
    Some(out.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(canonicalize_tag("EN-us").as_deref(), Some("en-US"));
        assert_eq!(canonicalize_tag("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonicalize_tag("de-DE-u-co-phonebk").as_deref(), Some("de-DE-u-co-phonebk"));
        assert_eq!(canonicalize_tag("en_US"), None);
        assert_eq!(canonicalize_tag(""), None);
        assert_eq!(canonicalize_tag("x-bad"), None);
        assert_eq!(best_available("en-GB"), Some("en"));
        assert_eq!(best_available("en-US-u-hc-h23"), Some("en-US"));
        assert_eq!(best_available("de"), None);
    }
}
