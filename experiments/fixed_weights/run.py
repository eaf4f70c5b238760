# experiment wrapper: the extraction/reading caches under a fixed digest (only merge code changes between runs)
import os, sys, pickle, timeline.cache as c
c.tool_digest = lambda: "incr7-fixed"
if os.environ.get("INCR7_DUMP"):
    import timeline.merge.similarity as s
    orig = s.Similarity.__init__
    def init(self, items):
        orig(self, items)
        with open(os.environ["INCR7_DUMP"], "wb") as f:
            pickle.dump((dict(self.df), self.n, [(i.event.article, i.evidence_words) for i in items]), f)
    s.Similarity.__init__ = init
from timeline.cli import run
sys.argv[0] = "timeline"
run()
