//! Reading a new password for a person of the team: from standard input
//! (`--password-stdin`, for scripts), else asked twice on the terminal
//! with echo off. A password never comes from the command line, where
//! every user of the computer could read it in the process list, and is
//! never written to any output.

use leadledger::error::{Error, ErrorCode, Result};
use leadledger::store::pg::Target;
use std::io::{BufRead, IsTerminal, Write};
use std::process::{Command, Stdio};

/// The password for `login`: the first line of standard input when
/// `from_stdin`, else typed twice at a prompt.
pub fn new_password(login: &str, from_stdin: bool) -> Result<String> {
    if from_stdin {
        return first_line(&mut std::io::stdin().lock());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid(
            "password",
            "no terminal to ask for the password on: give it on standard input with \
             --password-stdin",
        ));
    }
    let first = ask(&format!("New password for {login}: "))?;
    let again = ask("The same password again: ")?;
    if first != again {
        return Err(Error::invalid(
            "password",
            "the two passwords typed differ; nothing was changed",
        ));
    }
    Ok(first)
}

/// The team target with a password typed at the terminal (echo off) when
/// it has none and a terminal is there to ask on; otherwise as it is, and
/// the server's refusal names `LEADLEDGER_PASSWORD`. A socket folder's
/// logins are the server's own (peer or trust), which ask for none.
pub fn missing_password(target: Target) -> Result<Target> {
    if target.has_password() || target.host.starts_with('/') || !std::io::stdin().is_terminal() {
        return Ok(target);
    }
    let typed = ask(&format!(
        "Password for {} on {}: ",
        target.user,
        target.server()
    ))?;
    Ok(target.or_password(Some(typed)))
}

/// The first line of `input` without its line ending.
fn first_line(input: &mut dyn BufRead) -> Result<String> {
    let mut line = String::new();
    input.read_line(&mut line).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot read the password from standard input: {e}"),
        )
    })?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(line.strip_suffix('\r').unwrap_or(line).to_string())
}

/// One line typed at the terminal with its echo off: `stty`, the
/// terminal's own switch, so no crate is needed for it; the echo is put
/// back however the reading ends.
fn ask(prompt: &str) -> Result<String> {
    eprint!("{prompt}");
    std::io::stderr().flush()?;
    let echo = Echo::off()?;
    let line = first_line(&mut std::io::stdin().lock());
    drop(echo);
    eprintln!();
    line
}

/// The terminal's echo, off while this lives.
struct Echo;

impl Echo {
    fn off() -> Result<Echo> {
        stty("-echo")?;
        Ok(Echo)
    }
}

impl Drop for Echo {
    fn drop(&mut self) {
        // Nothing more can be done if the terminal refuses; the shell's
        // `reset` puts it right.
        let _ = stty("echo");
    }
}

fn stty(arg: &str) -> Result<()> {
    let status = Command::new("stty")
        .arg(arg)
        .stdin(Stdio::inherit())
        .status()
        .map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!("cannot switch the terminal's echo: {e}"),
            )
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::Io,
            "cannot switch the terminal's echo off; give the password with --password-stdin",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_without_its_ending() {
        let mut input: &[u8] = b"p'a;ss\r\nsecond\n";
        assert_eq!(first_line(&mut input).unwrap(), "p'a;ss");
        let mut input: &[u8] = b"no ending";
        assert_eq!(first_line(&mut input).unwrap(), "no ending");
    }
}
