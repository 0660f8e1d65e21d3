//! The `newsmark` command: annotate files, stdin or JSON Lines in batch.
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
newsmark: marks speakers, countries, claims and protests in news text

Usage:
  newsmark [--pretty] [FILE...]   annotate each FILE (stdin when none); one JSON result per file
  newsmark --jsonl [FILE...]      read {\"id\", \"text\"} lines (stdin when no FILE), write one
                                  {\"id\", \"annotations\"} line per input line, in order
  newsmark --explain [FILE...]    one line per annotation: id, kind, the rule that made it,
                                  UTF-16 offsets and text (to find the rule behind a mark)
  newsmark --help | --version

Output: {\"annotations\": [...]} as described in docs/annotations.md (UTF-16 offsets).
";

struct Options {
    pretty: bool,
    jsonl: bool,
    explain: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut options = Options {
        pretty: false,
        jsonl: false,
        explain: false,
        files: Vec::new(),
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--help" | "-h" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "--version" | "-V" => {
                println!("newsmark {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--pretty" => options.pretty = true,
            "--jsonl" => options.jsonl = true,
            "--explain" => options.explain = true,
            "-" => options.files.push(arg),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag} (see --help)"))
            }
            _ => options.files.push(arg),
        }
    }
    Ok(Some(options))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(Some(options)) => options,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newsmark: {message}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if options.jsonl {
        run_jsonl(&options, &mut out)
    } else {
        run_files(&options, &mut out)
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::FAILURE,
        (Err(e), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("newsmark: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a whole file (or stdin for "-") as UTF-8, naming the byte offset of invalid input.
fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    let name = if path == "-" { "stdin" } else { path };
    read.map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The files named on the command line, or "-" (standard input) when none is.
fn input_paths(options: &Options) -> Vec<String> {
    if options.files.is_empty() {
        vec!["-".to_string()]
    } else {
        options.files.clone()
    }
}

/// Annotates each file; Ok(false) when some file could not be read.
fn run_files(options: &Options, out: &mut impl Write) -> io::Result<bool> {
    let files = input_paths(options);
    let mut all_ok = true;
    for path in &files {
        match read_text(path) {
            Ok(text) if options.explain => write_explained(&text, out)?,
            Ok(text) => {
                let result = newsmark::annotate(&text);
                if options.pretty {
                    serde_json::to_writer_pretty(&mut *out, &result)?;
                } else {
                    serde_json::to_writer(&mut *out, &result)?;
                }
                writeln!(out)?;
            }
            Err(message) => {
                eprintln!("newsmark: {message}");
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// `a2  claim reported (speaker a1, cue "said")  [after-claim]  0-19  "the plan would fail"`.
fn write_explained(text: &str, out: &mut impl Write) -> io::Result<()> {
    use newsmark::Fields;
    for (a, rule) in newsmark::explain(text) {
        let kind = match &a.fields {
            Fields::Country { code, .. } => format!("country {code}"),
            Fields::Speaker { entity, .. } => format!("speaker {entity}"),
            Fields::Claim { mode, speaker, cue } => {
                let mode = serde_json::to_value(mode).unwrap_or_default();
                let mut kind = format!("claim {}", mode.as_str().unwrap_or_default());
                if let Some(speaker) = speaker {
                    kind.push_str(&format!(" (speaker {speaker}"));
                    if let Some(cue) = cue {
                        kind.push_str(&format!(", cue {:?}", cue.text));
                    }
                    kind.push(')');
                }
                kind
            }
            Fields::Protest { protester, .. } => match protester {
                Some(p) => format!("protest (protester {p})"),
                None => "protest".to_string(),
            },
        };
        writeln!(
            out,
            "{}  {kind}  [{rule}]  {}-{}  {:?}",
            a.id, a.start, a.end, a.text
        )?;
    }
    writeln!(out)
}

#[derive(serde::Serialize)]
struct JsonlResult<'a> {
    id: &'a serde_json::Value,
    annotations: Vec<newsmark::Annotation>,
}

/// Streams JSON Lines; a bad line is reported and skipped, Ok(false) at the end if any was bad.
fn run_jsonl(options: &Options, out: &mut impl Write) -> io::Result<bool> {
    let files = input_paths(options);
    let mut all_ok = true;
    for path in &files {
        let name = if path == "-" { "stdin" } else { path.as_str() };
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("newsmark: {name}: {e}");
                    all_ok = false;
                    continue;
                }
            }
        };
        for (n, line) in reader.split(b'\n').enumerate() {
            let line = line?;
            match annotate_line(&line) {
                Ok(None) => {}
                Ok(Some((id, annotations))) => {
                    serde_json::to_writer(
                        &mut *out,
                        &JsonlResult {
                            id: &id,
                            annotations,
                        },
                    )?;
                    writeln!(out)?;
                    out.flush()?;
                }
                Err(message) => {
                    eprintln!("newsmark: {name}:{}: {message}", n + 1);
                    all_ok = false;
                }
            }
        }
    }
    Ok(all_ok)
}

type LineResult = Result<Option<(serde_json::Value, Vec<newsmark::Annotation>)>, String>;

fn annotate_line(line: &[u8]) -> LineResult {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let object = value.as_object().ok_or("not a JSON object")?;
    let id = object.get("id").cloned().ok_or("no \"id\" field")?;
    let text = object
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("no \"text\" string field")?;
    Ok(Some((id, newsmark::annotate(text).annotations)))
}
