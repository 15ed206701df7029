//! Template objects of tagged templates (§13.2.8.4 GetTemplateObject): one frozen array of
//! cooked strings with a frozen `raw` array, made once per site and cached in an 8-byte cell
//! of the compiled program, which the runtime registers as a GC root.

use crate::context::Context;
use crate::error::JsResult;
use crate::object::{integrity, ops, Attributes};
use crate::value::Value;

/// The template object for a site whose cache word is at `cache` (0 while not made yet).
///
/// # Safety
/// `cache` must point at a writable, 8-aligned word that lives as long as the program.
pub unsafe fn template_object(ctx: &mut Context, cache: *mut u8, cooked: Value, raw: Value) -> JsResult<Value> {
    let slot = cache.cast::<Value>();
    // SAFETY: per the contract.
    let cached = unsafe { slot.read() };
    if cached.bits() != 0 {
        return Ok(cached);
    }
    let (Some(cooked_array), Some(raw_array)) = (cooked.as_object(), raw.as_object()) else {
        return Ok(cooked);
    };
    integrity::freeze(ctx, raw_array)?;
    let raw_key = ctx.key("raw");
    ops::define_fresh(ctx, cooked_array, raw_key, raw, Attributes::NONE);
    integrity::freeze(ctx, cooked_array)?;
    // SAFETY: per the contract; the word becomes a root before anything else can collect.
    unsafe { slot.write(cooked) };
    ctx.add_root_array(slot, 1);
    Ok(cooked)
}
