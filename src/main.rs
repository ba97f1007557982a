//! The `leadledger` command-line tool: a thin layer of argument parsing over
//! the library. Every error goes to stderr with its code and a non-zero exit.

// Wired in once the CSV layer, the demo generator and the metrics engine land.
#[cfg(any())]
mod cli;

fn main() {
    #[cfg(any())]
    std::process::exit(cli::run());
}
