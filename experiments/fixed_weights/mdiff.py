"""Changed merges between two builds: groups of sources (article, quote) that moved."""
import yaml, sys, random
from collections import defaultdict
a_dir, b_dir = sys.argv[1], sys.argv[2]
topics = sys.argv[3].split(",") if len(sys.argv) > 3 else ["H1N1_bbc","MJ_bbc","LibyaWar_reuters","bpoil_guardian","LibyaWar_cnn"]
def load(p):
    doc = yaml.safe_load(open(p))
    ents = doc.get("events") or []
    out = {}
    for i, e in enumerate(ents):
        for s in e.get("sources") or []:
            out[(s["article"], s["quote"][:200])] = i
    return ents, out
total = defaultdict(int)
for t in topics:
    ea, sa = load(f"{a_dir}/{t}.yaml"); eb, sb = load(f"{b_dir}/{t}.yaml")
    # entries of b whose source set differs from any entry of a
    ga = defaultdict(set); gb = defaultdict(set)
    for s, i in sa.items(): ga[i].add(s)
    for s, i in sb.items(): gb[i].add(s)
    seta = {frozenset(v) for v in ga.values()}
    changed = [i for i, v in gb.items() if frozenset(v) not in seta]
    gone = [i for i, v in ga.items() if frozenset(v) not in {frozenset(x) for x in gb.values()}]
    lost = [s for s in sa if s not in sb]; new = [s for s in sb if s not in sa]
    print(f"## {t}: entries {len(ea)} -> {len(eb)}; changed entries in b {len(changed)}, in a {len(gone)}; sources lost {len(lost)} new {len(new)}")
    for i in changed:
        e = eb[i]
        print(f"\n[{t} b#{i}] {e.get('date')} | {e.get('title')}  ({len(gb[i])} sources)")
        from_a = defaultdict(list)
        for s in sorted(gb[i]):
            from_a[sa.get(s)].append(s)
        for ai, ss in from_a.items():
            if ai is None:
                print("   (new source)", ss); continue
            ae = ea[ai]
            print(f"   <- a#{ai} {ae.get('date')} | {ae.get('title')}  [{len(ss)}/{len(ga[ai])} of its sources]")
            for s in ss[:2]:
                print(f"        {s[0]}: {s[1][:160]}")
