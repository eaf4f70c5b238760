import pickle, math, sys
from wordfreq import zipf_frequency as z
for t in sys.argv[1:]:
    df, n = pickle.load(open(f"/tmp/incr7/df-{t}.pkl","rb"))
    print(t, "n=", n, "keys=", len(df))
    top = sorted(df.items(), key=lambda kv: -kv[1])[:40]
    print("  top:", ", ".join(f"{k}:{c/n:.3f}/z{z(k,'en'):.1f}" for k,c in top))
    # correlation of corpus IDF vs background
    import statistics
    xs=[];ys=[]
    for k,c in df.items():
        if k.startswith("="): continue
        xs.append(math.log(1+n/c)); ys.append(z(k,'en'))
    print("  corr", statistics.correlation(xs,ys), "share zipf0", sum(1 for y in ys if y==0)/len(ys))
    cls = sorted((k,c) for k,c in df.items() if k.startswith("="))
    print("  classes:", ", ".join(f"{k}:{c/n:.3f}" for k,c in cls))
