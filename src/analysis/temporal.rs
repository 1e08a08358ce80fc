//! Temporal expressions: extraction and normalization.
