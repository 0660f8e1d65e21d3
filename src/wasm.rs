//! The `#[wasm_bindgen]` edge: converts the core's result to a plain JS object.
//! No language logic lives here.
use std::io::Write;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A JS array: the JSON text in pieces, kept outside linear memory.
    #[wasm_bindgen(js_name = Array)]
    type JsArray;
    #[wasm_bindgen(constructor, js_class = "Array")]
    fn new() -> JsArray;
    #[wasm_bindgen(method, js_class = "Array")]
    fn push(this: &JsArray, piece: &str) -> u32;
    #[wasm_bindgen(method, js_class = "Array")]
    fn join(this: &JsArray, separator: &str) -> JsValue;

    /// The engine's own JSON parser: one call builds the whole result object,
    /// instead of one boundary crossing per field.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(json: &JsValue) -> Result<JsValue, JsValue>;
}

/// Annotates `text` and returns `{annotations: [...]}` as described in docs/annotations.md.
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsValue> {
    annotations_json(text, false)
}

/// `annotate(text)` with one more field in each annotation, `rule`: the
/// name of the rule that made it, for the page's details card. Not part of
/// the contract; `annotate`'s JSON stays as the spec says.
#[wasm_bindgen]
pub fn explain(text: &str) -> Result<JsValue, JsValue> {
    annotations_json(text, true)
}

fn annotations_json(text: &str, rules: bool) -> Result<JsValue, JsValue> {
    let mentions = crate::find_mentions(text);
    // Writing to memory fails only on invalid UTF-8, which serde_json never writes; a fixed
    // message keeps io::Error's formatting out of the module.
    let error = |_: std::io::Error| JsValue::from_str("newsmark: could not write the result");
    // The JSON goes to JS piece by piece as it is written, one annotation at
    // a time: neither the whole result nor its JSON ever sits in linear
    // memory, which never shrinks.
    let mut pieces = Pieces {
        parts: JsArray::new(),
        buf: Vec::with_capacity(PIECE + 1024),
    };
    crate::assemble::write_json(&mut pieces, text, &mentions, rules).map_err(error)?;
    drop(mentions);
    pieces.flush().map_err(error)?;
    json_parse(&pieces.parts.join(""))
}

/// Bytes gathered before they are handed to JS.
const PIECE: usize = 64 * 1024;

/// A writer that hands its UTF-8 to a JS array in pieces of about `PIECE` bytes.
struct Pieces {
    parts: JsArray,
    buf: Vec<u8>,
}

impl Pieces {
    /// Hands over `buf[..end]`, which must end on a character boundary.
    /// The error carries no `Utf8Error`: boxing one links its Debug impl and
    /// core's struct formatting (2,550 bytes of gzipped wasm, measured at bf8887b).
    fn hand_over(&mut self, end: usize) -> std::io::Result<()> {
        let piece = std::str::from_utf8(&self.buf[..end])
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))?;
        self.parts.push(piece);
        self.buf.drain(..end);
        Ok(())
    }
}

impl Write for Pieces {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= PIECE {
            // Cut after the last ASCII byte: a character boundary (JSON has
            // plenty of them; without one the piece just grows).
            if let Some(last) = self.buf.iter().rposition(u8::is_ascii) {
                self.hand_over(last + 1)?;
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.hand_over(self.buf.len())
    }
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
