"""One cluster per sentence, for the tests of the joins that read a day's clusters (happenings, day twins, openings,
sessions): each row is (article, date, quote), titled by the quote without its stop, or (article, date, title,
quote)."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.merge.clustering import Cluster
from timeline.merge.similarity import item_of, title_word_key, title_words
from timeline.model import Event, Source


def singleton_clusters(rows: Iterable[tuple[str, ...]], published: str = "") -> tuple[list[Cluster], list]:
    """A cluster of one item for each row, and the items (for Similarity and article_names); `published`: every
    source's publication date."""
    clusters, items = [], []
    for row in rows:
        article, date, *texts = row
        quote = texts[-1]
        title = texts[0] if len(texts) == 2 else quote.rstrip(".")
        event = Event(article=article, date=date, mod="", title=title, source=Source(article, quote, date, published=published),
                      keys=tuple(sorted({title_word_key(w) for w in title_words(quote)})), trigger="tell")
        item = item_of(event)
        cluster = Cluster()
        cluster.add(item)
        clusters.append(cluster)
        items.append(item)
    return clusters, items
