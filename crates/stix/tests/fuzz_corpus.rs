//! Replays the fuzz corpus on the stable toolchain, and runs random inputs through the same
//! entry points, so parsing never panics even where `cargo fuzz` (nightly) is not available.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use proptest::prelude::*;

#[test]
fn corpus_replays_without_panics() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut n = 0;
    for target in ["bundle", "pattern"] {
        for entry in std::fs::read_dir(root.join(target)).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            match target {
                "bundle" => {
                    stix::fuzz_document(&text);
                }
                _ => assert!(stix::fuzz_pattern(&text)),
            }
            n += 1;
        }
    }
    assert!(n >= 9, "the corpus is missing");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn patterns_never_panic(s in "[\\[\\]()a-z0-9:.'=<>!*, _\\-\\\\tbhINOTRADFLWSE]{0,80}") {
        if let Err(e) = stix::pattern::parse(&s) {
            prop_assert!(e.position <= s.len());
        }
    }

    #[test]
    fn documents_never_panic(s in "[\\[\\]{}\",:a-z0-9\\- .]{0,120}") {
        stix::fuzz_document(&s);
    }

    #[test]
    fn any_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let s = String::from_utf8_lossy(&b);
        stix::fuzz_document(&s);
        prop_assert!(stix::fuzz_pattern(&s));
    }
}
