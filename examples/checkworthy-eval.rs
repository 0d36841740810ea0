//! Prints the check-worthiness score's P, R and F1 of the Yes class on CheckThat! 2024 Task 1
//! English dev and dev-test.
//!
//! `cargo run --release --example checkworthy-eval [-- --model PATH]`
//!
//! Protocol, fixed before any dev-test figure was read:
//! - the model learns on train only; its options and features were chosen by blocked
//!   cross-validation over train and dev (runs of sentence ids, i.e. whole debates, held out;
//!   `train-checkworthy --cv` and `--nested`);
//! - the cut is chosen on train and dev too: the trainer Platt-calibrates the out-of-fold
//!   log-odds of a 5-fold blocked cross-validation and takes the cut of the best expected F1,
//!   then folds it into the bias, so that the cut is the score `sigmoid(NEWS_PRIOR)`;
//! - dev shares train's debates: its figures are in-domain, a regression check;
//! - dev-test (later debates) is read only here, to report a model that is to ship, never to
//!   choose anything.
//!
//! Rows, each one cut applied unchanged to dev and dev-test:
//! - the score as `claimcheck extract` computes it (model and news rules, no pipeline signals)
//!   at the calibrated cut;
//! - the model without the news rules at the same cut (what the rules cost on debates);
//! - for reference, the score at the cut that is best on dev (in-domain, so optimistic there);
//! - the floor of calling every sentence worthy.

use anyhow::{Context, Result, bail};
use claimcheck::extract::score::checkthat::{self, Confusion, Labelled};
use claimcheck::extract::score::model::Model;
use claimcheck::extract::score::{NEWS_PRIOR, Signals, features, score_with};
use std::path::PathBuf;

type Scorer = fn(&Model, &str) -> f64;

fn full(model: &Model, text: &str) -> f64 {
    score_with(model, text, &Signals::default())
}

fn without_rules(model: &Model, text: &str) -> f64 {
    let dense = features::dense(&features::profile(text, &model.common));
    let z = model.bias + model.ngram_logit(text) + model.dense_logit(&dense) + NEWS_PRIOR;
    1.0 / (1.0 + (-z as f64).exp())
}

fn every(_: &Model, _: &str) -> f64 {
    1.0
}

fn row(set: &str, cut: f64, c: Confusion) {
    println!(
        "    {set:<9} cut {cut:.3}  P {:.4}  R {:.4}  F1 {:.4}   (tp {} fp {} fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    );
}

fn load(root: &std::path::Path, file: &str) -> Result<String> {
    let path = root.join("data/checkworthy").join(file);
    std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
}

fn parse<'a>(text: &'a str, file: &str) -> Result<Vec<Labelled<'a>>> {
    checkthat::parse(text)
        .map_err(anyhow::Error::msg)
        .with_context(|| file.to_string())
}

fn main() -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = match args.as_slice() {
        [] => claimcheck::extract::score::model::EMBEDDED.to_vec(),
        [flag, path] if flag == "--model" => {
            std::fs::read(path).with_context(|| format!("reading {path}"))?
        }
        _ => bail!("usage: checkworthy-eval [--model PATH]"),
    };
    let model = Model::parse(&bytes)?;
    println!("model {:?}, {} bytes", model.config, bytes.len());
    println!(
        "protocol: learned on train; options and cut chosen by blocked cross-validation over \
         train+dev; dev-test read only to report a model that ships"
    );
    let (dev_text, test_text) = (
        load(&root, "ct24_dev.tsv")?,
        load(&root, "ct24_dev-test.tsv")?,
    );
    let (dev, test) = (
        parse(&dev_text, "ct24_dev.tsv")?,
        parse(&test_text, "ct24_dev-test.tsv")?,
    );
    let calibrated = 1.0 / (1.0 + (-NEWS_PRIOR as f64).exp());
    let rows: [(&str, Scorer, Option<f64>); 4] = [
        ("score, calibrated cut", full, Some(calibrated)),
        (
            "model without news rules, calibrated cut",
            without_rules,
            Some(calibrated),
        ),
        ("score, best dev cut (in-domain reference)", full, None),
        ("every sentence", every, Some(0.5)),
    ];
    for (name, scorer, cut) in rows {
        let dev_scores: Vec<f64> = dev.iter().map(|l| scorer(&model, l.text)).collect();
        let test_scores: Vec<f64> = test.iter().map(|l| scorer(&model, l.text)).collect();
        let cut = cut.unwrap_or_else(|| checkthat::best_threshold(&dev, &dev_scores).0);
        println!("  {name}");
        row("dev", cut, checkthat::confusion(&dev, &dev_scores, cut));
        row(
            "dev-test",
            cut,
            checkthat::confusion(&test, &test_scores, cut),
        );
    }
    Ok(())
}
