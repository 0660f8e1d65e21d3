//! The Python edge: the extension module `newsmark._core`, wrapped by `newsmark/__init__.py`.
//! Like src/wasm.rs, no language logic lives here: it checks the input, calls the core with the
//! GIL released, and hands back the contract's JSON (docs/annotations.md) as Python objects.
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString};

/// Python's `json.loads`: the result crosses as the CLI's exact JSON text, parsed by CPython's
/// C parser in one call (one object per annotation, keys in the contract's order).
static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn json_loads(py: Python<'_>, json: &str) -> PyResult<Py<PyAny>> {
    let loads = JSON_LOADS.get_or_try_init(py, || {
        py.import("json")?.getattr("loads").map(Bound::unbind)
    })?;
    // The cyclic GC would walk the growing result again and again as json.loads makes its
    // dicts (more than half the time of a large batch, measured). Nothing else runs while
    // json.loads holds the GIL, so no other code ever sees the GC off.
    let gc = py.import("gc")?;
    let was_enabled = gc.call_method0("isenabled")?.is_truthy()?;
    if was_enabled {
        gc.call_method0("disable")?;
    }
    let result = loads.bind(py).call1((json,));
    if was_enabled {
        gc.call_method0("enable")?;
    }
    Ok(result?.unbind())
}

/// The text of `value`, copied out of Python so that the core can run without the GIL.
/// `what` names the argument in error messages.
fn text_of(value: &Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<String> {
    let string = value.cast::<PyString>().map_err(|_| {
        let type_name = type_name(value);
        PyTypeError::new_err(format!("{} must be str, not {type_name}", what()))
    })?;
    match string.to_cow() {
        Ok(text) => Ok(text.into_owned()),
        // A lone surrogate ("\ud800") is a valid Python str but not Unicode text.
        Err(error) if error.is_instance_of::<PyUnicodeEncodeError>(value.py()) => {
            let index = error
                .value(value.py())
                .getattr("start")
                .and_then(|start| start.extract::<usize>())
                .map(|start| format!(" at index {start}"))
                .unwrap_or_default();
            Err(PyValueError::new_err(format!(
                "{} contains a lone surrogate{index}: newsmark annotates Unicode text \
                 (decode with errors='replace' or drop the surrogates first)",
                what()
            )))
        }
        Err(error) => Err(error),
    }
}

/// The name of `value`'s type, for error messages ("int", "bytes").
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|name| name.to_string())
        .unwrap_or_else(|_| "?".to_string())
}

/// The contract's JSON for one text, as the CLI writes it.
fn annotate_json(text: &str) -> String {
    serde_json::to_string(&newsmark::annotate(text))
        .expect("serializing plain structs of strings and numbers cannot fail")
}

/// `work` applied to every text on `threads` threads (texts handed out one at a time, so a
/// long text does not hold up the others); results in input order.
fn map_texts<T: Send>(texts: &[String], threads: usize, work: impl Fn(&str) -> T + Sync) -> Vec<T> {
    let workers = threads.min(texts.len());
    if workers <= 1 {
        return texts.iter().map(|text| work(text)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<T>> = texts.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(index) else { break };
                        done.push((index, work(text)));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            // A panic in a worker is raised again here; pyo3 turns it into an exception.
            let done = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (index, result) in done {
                results[index] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|result| result.expect("every index was handed out once"))
        .collect()
}

/// The number of threads to use: `threads`, or every core the process may use when None.
fn thread_count(threads: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let Some(threads) = threads.filter(|t| !t.is_none()) else {
        return Ok(std::thread::available_parallelism().map_or(1, |n| n.get()));
    };
    // bool is an int in Python; threads=True is surely a mistake.
    if threads.is_instance_of::<pyo3::types::PyBool>() {
        return Err(PyTypeError::new_err(
            "threads must be an int or None, not bool",
        ));
    }
    let count: i64 = threads.extract().map_err(|_| {
        let type_name = type_name(threads);
        PyTypeError::new_err(format!("threads must be an int or None, not {type_name}"))
    })?;
    if count < 1 {
        return Err(PyValueError::new_err(format!(
            "threads must be at least 1, not {count}"
        )));
    }
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

/// annotate(text) -> dict: see newsmark/__init__.py.
#[pyfunction]
fn annotate(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let text = text_of(text, &|| "text".to_string())?;
    let json = py.detach(|| annotate_json(&text));
    json_loads(py, &json)
}

/// Every text of the iterable `texts`, checked and copied (see `text_of`).
fn texts_of(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    // A str is iterable too, but annotating it letter by letter is never what was meant.
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (use annotate(text) for one text)",
        ));
    }
    let items = texts.try_iter().map_err(|_| {
        let type_name = type_name(texts);
        PyTypeError::new_err(format!("texts must be an iterable of str, not {type_name}"))
    })?;
    let mut owned = Vec::new();
    for (index, item) in items.enumerate() {
        owned.push(text_of(&item?, &|| format!("texts[{index}]"))?);
    }
    Ok(owned)
}

/// annotate_many(texts, threads=None) -> list[dict]: see newsmark/__init__.py.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn annotate_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let threads = thread_count(threads)?;
    let texts = texts_of(texts)?;
    let json = py.detach(|| {
        let results = map_texts(&texts, threads, annotate_json);
        drop(texts);
        // One JSON array, parsed in one call.
        let mut json =
            String::with_capacity(results.iter().map(|r| r.len() + 1).sum::<usize>() + 2);
        json.push('[');
        for (i, result) in results.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            json.push_str(result);
        }
        json.push(']');
        json
    });
    json_loads(py, &json)
}

/// The columns of `annotate_table`: entry i of each is annotation i, over all the texts.
#[derive(Default)]
struct Table {
    row: Vec<usize>,
    annotation: Vec<String>,
    kind: Vec<&'static str>,
    start: Vec<usize>,
    end: Vec<usize>,
    text: Vec<String>,
    fields: Vec<String>,
}

impl Table {
    /// Appends the annotations of text number `row`.
    fn push(&mut self, row: usize, annotations: Vec<newsmark::Annotation>) {
        for annotation in annotations {
            self.row.push(row);
            self.kind.push(annotation.kind());
            self.fields.push(fields_json(&annotation));
            self.annotation.push(annotation.id);
            self.start.push(annotation.start);
            self.end.push(annotation.end);
            self.text.push(annotation.text);
        }
    }
}

/// The kind's own fields as a JSON object, keys in the contract's order, as the CLI writes
/// them: `{"code":"JP","form":"name"}`.
fn fields_json(annotation: &newsmark::Annotation) -> String {
    let json = serde_json::to_string(&annotation.fields)
        .expect("serializing plain structs of strings and numbers cannot fail");
    // The fields serialize as `{"kind":"country","code":...}`: the tag first, then the rest.
    let tag = format!("{{\"kind\":\"{}\"", annotation.kind());
    let rest = json
        .strip_prefix(tag.as_str())
        .expect("an internally tagged enum writes its tag first");
    format!("{{{}", rest.strip_prefix(',').unwrap_or(rest))
}

/// annotate_table(texts, threads=None) -> dict[str, list]: see newsmark/__init__.py.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn annotate_table<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let threads = thread_count(threads)?;
    let texts = texts_of(texts)?;
    let table = py.detach(|| {
        let per_text = map_texts(&texts, threads, |text| newsmark::annotate(text).annotations);
        let mut table = Table::default();
        for (row, annotations) in per_text.into_iter().enumerate() {
            table.push(row, annotations);
        }
        table
    });
    let columns = PyDict::new(py);
    columns.set_item("row", table.row)?;
    columns.set_item("annotation", table.annotation)?;
    columns.set_item("kind", table.kind)?;
    columns.set_item("start", table.start)?;
    columns.set_item("end", table.end)?;
    columns.set_item("text", table.text)?;
    columns.set_item("fields", table.fields)?;
    Ok(columns)
}

#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(annotate, module)?)?;
    module.add_function(wrap_pyfunction!(annotate_many, module)?)?;
    module.add_function(wrap_pyfunction!(annotate_table, module)?)?;
    Ok(())
}
