fn main() -> std::process::ExitCode {
    prodcoord::cli::run()
}
