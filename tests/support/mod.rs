//! Test support shared by property tests: a brute-force enumerator of every interleaving and a
//! generator of small programs. Include it with `mod support;` from a test file.

#![allow(dead_code)]

pub mod enumerate;
pub mod pools;
pub mod programs;
