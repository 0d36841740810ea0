#!/usr/bin/env python3
"""Quick exploration of check-worthiness models on CheckThat! 2024 Task 1 English (dev tool).

Protocol (the same as examples/train-checkworthy.rs): 5-fold blocked cross-validation over
train+dev sorted by sentence id (each fold a run of whole debates); the F1 of the Yes class of
the pooled out-of-fold scores at their best cut, and the mean F1 of the folds at that cut.
dev-test is never read here.

    pip install scikit-learn
    python3 scripts/checkworthy_explore.py NAME...   (names of the configurations below)

CHECKWORTHY_OOF=PATH writes the out-of-fold scores (id, label, log-odds) for averaging models.
The Rust trainer (examples/train-checkworthy) is what ships; this only explores.
"""
import sys
import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize


def load(name):
    rows = []
    with open(f"data/checkworthy/ct24_{name}.tsv", encoding="utf8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows.append((int(p[0]), p[1], p[2] == "Yes"))
    return rows


def best_cut(y, s):
    order = np.argsort(-s)
    ys = y[order]
    tp = np.cumsum(ys)
    k = np.arange(1, len(y) + 1)
    f1 = 2 * tp / (k + y.sum())
    # only at ends of ties
    ss = s[order]
    last = np.r_[ss[1:] < ss[:-1], True]
    f1 = np.where(last, f1, -1)
    i = int(np.argmax(f1))
    nxt = ss[i + 1] if i + 1 < len(ss) else ss[i] - 1e-6
    return (ss[i] + nxt) / 2, f1[i]


def f1_at(y, s, cut):
    p = s >= cut
    tp = (p & y).sum()
    return 2 * tp / (p.sum() + y.sum()), tp / max(p.sum(), 1), tp / y.sum()


def vec_word(ngram=(1, 2), sub=True, binary=False, min_df=1):
    return TfidfVectorizer(ngram_range=ngram, sublinear_tf=sub, binary=binary, min_df=min_df,
                           token_pattern=r"(?u)\b\w+\b|[^\w\s]", lowercase=True)


def vec_char(ngram=(2, 5), sub=True, min_df=1, analyzer="char_wb"):
    return TfidfVectorizer(ngram_range=ngram, sublinear_tf=sub, analyzer=analyzer, min_df=min_df,
                           lowercase=True)


class Mlp:
    """One hidden layer over the L2-normalised blocks (a non-linear fastText-like model)."""

    def __init__(self, vecs, hidden=64, alpha=1e-4, epochs=8):
        self.vecs, self.hidden, self.alpha, self.epochs = vecs, hidden, alpha, epochs

    def fit(self, texts, y):
        from sklearn.neural_network import MLPClassifier
        X = hstack([v.fit_transform(texts) for v in self.vecs]).tocsr()
        self.m = MLPClassifier((self.hidden,), alpha=self.alpha, max_iter=self.epochs,
                               random_state=1, batch_size=64, learning_rate_init=1e-3)
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.m.fit(X, y)
        return self

    def decision(self, texts):
        X = hstack([v.transform(texts) for v in self.vecs]).tocsr()
        p = self.m.predict_proba(X)[:, 1]
        return np.log(p + 1e-9) - np.log(1 - p + 1e-9)


class Stack:
    """Several vectorisers side by side, each block L2-normalised, then logistic regression."""

    def __init__(self, vecs, C=1.0, weights=None, nb=False, cw=None):
        self.vecs, self.C, self.w, self.nb, self.cw = vecs, C, weights, nb, cw

    def feats(self, texts, fit=False):
        blocks = []
        for v in self.vecs:
            blocks.append(v.fit_transform(texts) if fit else v.transform(texts))
        X = hstack(blocks).tocsr()
        return X

    def fit(self, texts, y):
        X = self.feats(texts, fit=True)
        if self.nb:
            Xb = (X > 0).astype(float)
            p = np.asarray(Xb[y].sum(0)).ravel() + 1
            q = np.asarray(Xb[~y].sum(0)).ravel() + 1
            self.r = np.log((p / p.sum()) / (q / q.sum()))
            X = X.multiply(self.r).tocsr()
        self.lr = LogisticRegression(C=self.C, max_iter=3000, class_weight=self.cw, solver="liblinear")
        self.lr.fit(X, y)
        return self

    def decision(self, texts):
        X = self.feats(texts)
        if self.nb:
            X = X.multiply(self.r).tocsr()
        return self.lr.decision_function(X)


def cv(make, k=5):
    a = sorted(load("train") + load("dev"))
    texts = [r[1] for r in a]
    y = np.array([r[2] for r in a])
    fold = np.arange(len(a)) * k // len(a)
    s = np.zeros(len(a))
    for f in range(k):
        tr, te = fold != f, fold == f
        m = make().fit([t for t, b in zip(texts, tr) if b], y[tr])
        s[te] = m.decision([t for t, b in zip(texts, te) if b])
    import os
    if os.environ.get("CHECKWORTHY_OOF"):
        with open(os.environ["CHECKWORTHY_OOF"], "w") as f:
            for r, v in zip(a, s):
                f.write(f"{r[0]}\t{int(r[2])}\t{v:.5f}\n")
    cut, pooled = best_cut(y, s)
    mean = np.mean([f1_at(y[fold == f], s[fold == f], cut)[0] for f in range(k)])
    # dev, trained on train, at the CV cut (in-domain)
    tr, dv = load("train"), load("dev")
    m = make().fit([r[1] for r in tr], np.array([r[2] for r in tr]))
    yd = np.array([r[2] for r in dv])
    sd = m.decision([r[1] for r in dv])
    dev = f1_at(yd, sd, cut)
    return pooled, mean, cut, dev[0]


CONFIGS = {
    "mlp": lambda: Mlp([vec_word((1, 2)), vec_char((2, 5))]),
    "mlp3": lambda: Mlp([vec_word((1, 2)), vec_char((2, 5))], epochs=3),
    "mlp16": lambda: Mlp([vec_word((1, 2)), vec_char((2, 5))], hidden=16, epochs=4),
    "w12": lambda: Stack([vec_word((1, 2))]),
    "c25": lambda: Stack([vec_char((2, 5))]),
    "w12c25": lambda: Stack([vec_word((1, 2)), vec_char((2, 5))]),
    "w13c25": lambda: Stack([vec_word((1, 3)), vec_char((2, 5))]),
    "w12c25C3": lambda: Stack([vec_word((1, 2)), vec_char((2, 5))], C=3),
    "w12c25C10": lambda: Stack([vec_word((1, 2)), vec_char((2, 5))], C=10),
    "w12c25C03": lambda: Stack([vec_word((1, 2)), vec_char((2, 5))], C=0.3),
    "nb_w13c25": lambda: Stack([vec_word((1, 3)), vec_char((2, 5))], nb=True),
    "nb_w13c25C03": lambda: Stack([vec_word((1, 3)), vec_char((2, 5))], nb=True, C=0.3),
    "nb_w13c25C3": lambda: Stack([vec_word((1, 3)), vec_char((2, 5))], nb=True, C=3),
    "c14": lambda: Stack([vec_word((1, 2)), vec_char((1, 4))]),
    "w12c36": lambda: Stack([vec_word((1, 2)), vec_char((3, 6))]),
    "w12c4": lambda: Stack([vec_word((1, 2)), vec_char((4, 4))]),
}

if __name__ == "__main__":
    for name in sys.argv[1:]:
        pooled, mean, cut, dev = cv(CONFIGS[name])
        print(f"{name:<16} CV pooled F1 {pooled:.4f}  mean fold {mean:.4f}  cut {cut:+.3f}  dev {dev:.4f}", flush=True)
