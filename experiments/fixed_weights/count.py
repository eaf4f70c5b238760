import yaml, sys
for t in ["H1N1_bbc","MJ_bbc","LibyaWar_reuters","bpoil_guardian","LibyaWar_cnn"]:
    row=[t]
    for d in sys.argv[1:]:
        doc=yaml.safe_load(open(f"{d}/{t}.yaml"))
        ents=doc.get("events") or []
        row.append(str(len(ents)))
    print(" ".join(row))
