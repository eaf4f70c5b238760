"""How far one article moves the undated mentions' scores, against the margins their decisions have.
Run as the timeline CLI (fixed-digest cache); env DROP=article id left out of the second Similarity."""
import os, sys, math, pickle
from collections import Counter, defaultdict
import timeline.cache as c
c.tool_digest = lambda: "incr7-fixed"
import timeline.merge.similarity as s
import timeline.merge.clustering as cl
import timeline.merge as m
DROP = os.environ["DROP"]
rec = defaultdict(list)  # mention event id -> [(s_full, s_minus)]
state = {}
orig_init = s.Similarity.__init__
def init(self, items):
    orig_init(self, items)
    if "minus" not in state:
        state["minus"] = None
        state["minus"] = s.Similarity([i for i in items if i.event.article != DROP])
s.Similarity.__init__ = init
orig_top = cl._top_member
def top(sim, item, reps, floor):
    if not item.when[0] and item.event.article != DROP and state.get("minus") is not None and sim is not state["minus"]:
        for mm in reps:
            if mm.event.article == DROP:
                continue
            if len(item.evidence.intersection(mm.evidence_words)) < s.MIN_SHARED:
                continue
            rec[(item.event.article, id(item))].append((sim.score(item, mm), state["minus"].score(item, mm)))
    return orig_top(sim, item, reps, floor)
cl._top_member = top
from timeline.cli import run
sys.argv[0] = "timeline"
try:
    run()
except SystemExit:
    pass
ok = bad = 0; deltas = []; art_bad = set(); arts = set()
for k, pairs in rec.items():
    d = max(abs(a - b) for a, b in pairs)
    deltas.append(d)
    # equal scores in the full build (equal key sets) stay equal when they stay equal without the article
    ties_kept = all(abs((a1 - a2) - (b1 - b2)) < 1e-12 for a1, b1 in pairs for a2, b2 in pairs if abs(a1 - a2) < 1e-12)
    full = sorted({round(a, 12) for a, _ in pairs}, reverse=True)
    margins = [abs(a - s.UNDATED) for a in full]
    if len(full) > 1:
        margins.append(full[0] - full[1])
    if not ties_kept:
        margins.append(0.0)
    arts.add(k[0])
    if min(margins) > 2 * d:
        ok += 1
    else:
        bad += 1; art_bad.add(k[0])
deltas.sort()
q = lambda p: deltas[int(p * (len(deltas) - 1))]
print(f"mentions scored {len(rec)}; decisions with every margin > 2x their shift: {ok} ({ok/max(1,ok+bad):.3f}); "
      f"articles all clear {len(arts - art_bad)}/{len(arts)}; shift median {q(.5):.2e} p90 {q(.9):.2e} p99 {q(.99):.2e} max {deltas[-1]:.2e}", file=sys.stderr)
