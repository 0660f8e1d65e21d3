//! What the timing examples share: the texts of their input files.

/// The "text" of every element of JSON arrays of strings or of JSONL lines
/// (`{"text": ...}`) in the files at `paths`.
pub fn read_texts(paths: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut texts = Vec::new();
    for path in paths {
        let data = std::fs::read_to_string(&path).expect("readable file");
        if let Ok(list) = serde_json::from_str::<Vec<String>>(&data) {
            texts.extend(list);
            continue;
        }
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            if let Some(t) = value.get("text").and_then(|t| t.as_str()) {
                texts.push(t.to_string());
            }
        }
    }
    texts
}
