//! Running commands: echo them, fail with a clear message, capture output when asked.

use std::process::Command;

/// Runs `command` with inherited output; an error names the command when it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    println!("$ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    finished(&shown, status)
}

/// `Ok` when the command `shown` succeeded; otherwise an error naming it.
pub fn finished(shown: &str, status: std::process::ExitStatus) -> Result<(), String> {
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs `command` with inherited output and its standard input a pipe this process holds open
/// until the command ends: when this process goes (Ctrl-C, `kill`, a closed terminal), the pipe
/// closes and a command that watches its input (the site server) stops too.
pub fn run_tied(command: &mut Command) -> Result<(), String> {
    let mut tied = spawn_tied(command)?;
    let status = tied.child.wait().map_err(|e| format!("`{}`: {e}", tied.shown))?;
    finished(&tied.shown, status)
}

/// A command started by [`spawn_tied`]: its process, and the pipe that ties it to this one.
pub struct Tied {
    pub child: std::process::Child,
    pub shown: String,
    _held: Option<std::process::ChildStdin>,
}

/// Starts `command` as [`run_tied`] does, without waiting for it.
pub fn spawn_tied(command: &mut Command) -> Result<Tied, String> {
    let shown = describe(command);
    println!("$ {shown}");
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    let held = child.stdin.take();
    Ok(Tied {
        child,
        shown,
        _held: held,
    })
}

/// Runs `command`, returning its standard output (trimmed) when it succeeds.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Runs `command`, streaming its output while keeping a copy; returns success and the text.
pub fn run_teed(command: &mut Command) -> Result<(bool, String), String> {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let shown = describe(command);
    println!("$ {shown}");
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    let stderr = child.stderr.take();
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        for line in stderr
            .map(BufReader::new)
            .into_iter()
            .flat_map(|r| r.lines())
            .map_while(Result::ok)
        {
            eprintln!("{line}");
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut text = String::new();
    for line in child
        .stdout
        .take()
        .map(BufReader::new)
        .into_iter()
        .flat_map(|r| r.lines())
        .map_while(Result::ok)
    {
        println!("{line}");
        text.push_str(&line);
        text.push('\n');
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    text.push_str(&err_thread.join().unwrap_or_default());
    Ok((status.success(), text))
}

fn describe(command: &Command) -> String {
    let mut parts = vec![command.get_program().to_string_lossy().into_owned()];
    parts.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}
