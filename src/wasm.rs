//! The `#[wasm_bindgen]` edge: converts the core's result to a plain JS object.
//! No language logic lives here.
use wasm_bindgen::prelude::*;

/// Annotates `text` and returns `{annotations: [...]}` as described in docs/annotations.md.
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsValue> {
    let result = crate::annotate(text);
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    serde::Serialize::serialize(&result, &serializer).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
