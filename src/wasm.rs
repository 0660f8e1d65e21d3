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
    let mentions = crate::find_mentions(text);
    let error = |e: std::io::Error| JsValue::from_str(&e.to_string());
    // Written straight from the mentions, one annotation at a time (the whole
    // result never sits beside its JSON), into a buffer sized exactly (a
    // first pass only counts bytes): a growing buffer would hold up to twice
    // the JSON in linear memory, which never shrinks.
    let mut counter = ByteCounter(0);
    crate::assemble::write_json(&mut counter, text, &mentions).map_err(error)?;
    let mut json = Vec::with_capacity(counter.0);
    crate::assemble::write_json(&mut json, text, &mentions).map_err(error)?;
    drop(mentions);
    // serde_json writes valid UTF-8.
    json_parse(std::str::from_utf8(&json).map_err(|e| JsValue::from_str(&e.to_string()))?)
}

/// A writer that only counts the bytes written to it.
struct ByteCounter(usize);

impl std::io::Write for ByteCounter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
