"""Title choice weighs a title whose opening "the <noun>" events/indefinites.py made "a/an <noun>" as the unnamed
subject its sentence wrote (indefinite1): the edit changes how a title reads, not which member's title an entry
prints ("Wounded people started arriving at the hospital" stays chosen over "A doctor said the wounded ...")."""

import pytest

from timeline.events.indefinites import made_indefinite
from timeline.merge.title_choice import title_faults


@pytest.mark.parametrize("title,quote", [
    ("A doctor said the wounded started arriving at the hospital",
     "The doctor said the wounded started arriving at the hospital Friday morning, and most were gunshot wounds."),
    ("An overcrowded boat set sail from Tripoli",
     "The overcrowded boat, which set sail May 28 from Tripoli, was headed for Lampedusa carrying about 850 people."),
])
def test_made_indefinite_still_unnamed(title, quote):
    assert made_indefinite(title, quote)
    assert "unnamed" in title_faults(title, quote)


@pytest.mark.parametrize("title,quote", [
    # as its sentence wrote it; not at the opening; no head of the table; no article
    ("A doctor said at least 10 people were killed", "A doctor said at least 10 people were killed on Friday."),
    ("Abubakr said an open blue wooden fishing boat departed", "Abubakr said the boat departed on Thursday."),
    ("A spokesman said the talks failed", "The spokesman said the talks failed on Friday."),
    ("Wounded people started arriving at the hospital", "Wounded people started arriving at the hospital Friday."),
])
def test_not_made_indefinite(title, quote):
    assert not made_indefinite(title, quote)
