"""timeline: many news articles in, one sourced, chronological timeline out.

The package is a one-way pipeline, one module per stage:

    read (articles) -> sentences -> tagger (find + normalise dates) -> events -> merge -> write
"""

__version__ = "0.1.0"
