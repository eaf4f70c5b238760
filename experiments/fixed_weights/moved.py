import pickle, math, sys
from collections import Counter
sys.path.insert(0, "/work/wt-incr7")
from timeline.merge import background
RARE_KEY, COMMON_KEY = 0.02, 0.20
def weights(df, n, mode):
    if mode == "corpus":
        return {k: math.log(1 + n / c) for k, c in df.items()}, {}
    limits = (max(3, 0.005 * n), RARE_KEY * n, COMMON_KEY * n)
    band = {k: sum(c > t for t in limits) for k, c in df.items()}
    bgw = {k: background.weight(k) for k in df}
    if mode == "hyb":
        nq = 2 ** int(math.log2(n))
        lo, hi = background.BAND_FLOORS, background.BAND_CEILS
        hi = (math.log(1 + nq / 16),) + hi[1:]
        return {k: math.log(1 + nq / c) if c <= 16 else min(max(bgw[k], lo[band[k]]), hi[band[k]]) for k, c in df.items()}, band
    if mode == "bandconst":
        nq = 2 ** int(math.log2(n))
        mid = (math.sqrt(min(16 / nq, 0.005) * 0.005), 0.01, math.sqrt(0.02 * 0.2), 0.35)
        return {k: math.log(1 + nq / c) if c <= 16 else math.log(1 + 1 / mid[band[k]]) for k, c in df.items()}, band
    if mode == "bgonly":
        return bgw, band
for t in sys.argv[1:]:
    df, n, items = pickle.load(open(f"/tmp/incr7/items-{t}.pkl", "rb"))
    arts = sorted({a for a, _ in items})
    for mode in ("corpus", "hyb", "bandconst", "bgonly"):
        w1, b1 = weights(df, n, mode)
        res = []
        for drop in arts[-5:]:
            d0 = Counter(); n0 = 0
            for a, ev in items:
                if a != drop:
                    d0.update(ev); n0 += 1
            w0, b0 = weights(d0, n0, mode)
            moved = {k for k in w0 if abs(w0[k] - w1[k]) > 1e-12}
            bands = {k for k in b0 if b0[k] != b1[k]}
            ev_moved = sum(1 for a, ev in items if a != drop and (set(ev) & (moved | bands)))
            res.append(f"{len(moved)}w/{len(bands)}b/{ev_moved}ev")
        print(t, n, mode, " ".join(res))
