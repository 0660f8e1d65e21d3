//! The `#[wasm_bindgen]` edge: converts the core's result to a plain JS object.
//! No language logic lives here.
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The engine's own JSON parser: one call builds the whole result object,
    /// instead of one boundary crossing per field.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(json: &str) -> Result<JsValue, JsValue>;
}

/// Annotates `text` and returns `{annotations: [...]}` as described in docs/annotations.md.
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsValue> {
    let result = crate::annotate(text);
    let json = serde_json::to_string(&result).map_err(|e| JsValue::from_str(&e.to_string()))?;
    json_parse(&json)
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
