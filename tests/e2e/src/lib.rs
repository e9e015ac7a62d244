//! End-to-end tests live in `tests/`; see app_e2e.rs.
