//! The `leadledger` command-line tool: a thin layer of argument parsing over
//! the library. Every error goes to stderr with its code and a non-zero exit.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
