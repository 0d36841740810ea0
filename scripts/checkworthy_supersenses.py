#!/usr/bin/env python3
"""WordNet supersense n-grams for check-worthiness (dev tool; the README's table cites it).

Each word becomes the lexicographer file (supersense) of its most frequent WordNet sense
(noun.quantity, verb.communication, ...), function words stay themselves; TF-IDF 1-3-grams over
that sequence, alone ("ss") or beside word and char n-grams ("w12c25ss"), under the blocked
cross-validation of checkworthy_explore.py. Needs Debian's wordnet-base and scikit-learn:

    apt-get install wordnet-base && pip install scikit-learn
    python3 scripts/checkworthy_supersenses.py ss w12c25ss
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkworthy_explore as E  # noqa: E402

W = '/usr/share/wordnet/'
lexof={}
for pos in ['noun','verb','adj','adv']:
    for l in open(W+'data.'+pos, encoding='latin1'):
        if l.startswith(' '): continue
        p=l.split(' ',3); lexof[(pos,int(p[0]))]=int(p[1])
best={}
for pos in ['noun','verb','adj','adv']:
    for l in open(W+'index.'+pos, encoding='latin1'):
        if l.startswith(' '): continue
        p=l.split()
        lemma=p[0]; ptrs=int(p[3]); sense_cnt=int(p[4+ptrs]); tag=int(p[5+ptrs]); offs=[int(x) for x in p[6+ptrs:]]
        lx=lexof[(pos,offs[0])]
        if lemma not in best or tag>best[lemma][0]:
            best[lemma]=(tag,lx)
exc={}
for pos in ['noun','verb','adj','adv']:
    for l in open(W+pos+'.exc'):
        p=l.split(); exc.setdefault(p[0],p[1])
RULES=[('ies','y'),('ses','s'),('xes','x'),('ches','ch'),('shes','sh'),('s',''),('ing','e'),('ing',''),('ed','e'),('ed',''),('es','e'),('es',''),('er',''),('est',''),('ier','y'),('iest','y')]
FUNC=set("a an the this that these those i me my we our us you your he him his she her it its they them their there here in on at for with as but and or so if when while after before since because however although though also then now yes well what who why how where which all some many every each both of to from by about over under not no never is are was were be been being am do does did have has had will would should could can may might must 's 't 're 've 'll 'd".split())
def tag(w):
    w=w.lower()
    if w in FUNC or not w.isalpha(): return w
    if w in best: return 'S%d'%best[w][1]
    if w in exc and exc[w] in best: return 'S%d'%best[exc[w]][1]
    for a,b in RULES:
        if w.endswith(a) and w[:-len(a)]+b in best: return 'S%d'%best[w[:-len(a)]+b][1]
    return 'UNK'
tokre=re.compile(r"\w+|'\w+|[^\w\s]")
def sst(text): return ' '.join(tag(t) for t in tokre.findall(text))
from sklearn.feature_extraction.text import TfidfVectorizer
class SS:
    def __init__(self): self.v=TfidfVectorizer(ngram_range=(1,3),sublinear_tf=True,token_pattern=r"\S+",lowercase=False)
    def fit_transform(self,t): return self.v.fit_transform([sst(x) for x in t])
    def transform(self,t): return self.v.transform([sst(x) for x in t])
E.CONFIGS['w12c25ss']=lambda: E.Stack([E.vec_word((1,2)),E.vec_char((2,5)),SS()],C=3)
E.CONFIGS['ss']=lambda: E.Stack([SS()],C=1)
for n in sys.argv[1:]:
    pooled, mean, cut, dev = E.cv(E.CONFIGS[n])
    print(f"{n:<10} CV pooled F1 {pooled:.4f}  mean fold {mean:.4f}  cut {cut:+.3f}  dev {dev:.4f}")
