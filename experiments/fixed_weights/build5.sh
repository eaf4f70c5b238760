#!/bin/bash
# build5.sh OUTDIR : the five topics with the fixed-digest cache
out=$1; mkdir -p $out
cd /work/wt-incr7
for t in H1N1_bbc MJ_bbc LibyaWar_reuters bpoil_guardian LibyaWar_cnn; do
  PYTHONPATH=/work/wt-incr7:${WORDFREQ_PATH:-/tmp/incr7-wfpkg} /work/main/.venv/bin/python experiments/fixed_weights/run.py build /work/shared/data/timeline17/$t/InputDocs -o $out/$t.yaml -q --cache /tmp/incr7/cache 2>/dev/null
done
