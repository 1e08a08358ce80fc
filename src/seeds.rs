//! The bundled briefings, compiled in so that `brief` with no arguments works anywhere.

/// (file name, contents) of every file in `seeds/`.
pub const SEEDS: &[(&str, &str)] = &[(
    "washington-minsk-diplomacy-backed-by-pragmatism.txt",
    include_str!("../seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt"),
)];
