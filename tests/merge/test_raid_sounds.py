"""One air raid on one town of one day told by its sound or as a bombing is one entry (twins47:
merge.battles.title_raid, join_town_battles; derivations.yaml ``raid_sounds``): "Explosions rocked Tripoli" joins the
day's one air raid on Tripoli ("Tripoli was being bombed by NATO warplanes"); explosions of a car bomb, of a ground
fight or in another town, and two sounds with no air raid of their town, stay apart."""

from __future__ import annotations

import pytest

from timeline.merge.battles import SOUND, join_town_battles, title_battle, title_raid
from timeline.merge.similarity import derivations
from test_battles import _clusters as battle_clusters  # a sibling module: pytest puts tests/merge on the path

EXAMPLES = derivations()["raid_sounds"]["examples"]


@pytest.mark.parametrize("title,kind,towns", EXAMPLES["raid"])
def test_a_raid_title_tells_its_kind_and_towns(title, kind, towns):
    assert title_raid(title) == (kind, frozenset(towns))


@pytest.mark.parametrize("title", EXAMPLES["none"])
def test_a_bomb_a_ground_fight_a_country_a_reaction_or_a_passing_mention_tells_no_raid(title):
    assert title_raid(title) is None


@pytest.mark.parametrize("title,quote,towns", EXAMPLES["quoted"])
def test_a_raid_title_naming_no_town_takes_the_one_its_sentence_puts_beside_it(title, quote, towns):
    raid = title_raid(title, quote)
    assert (raid.towns if raid else frozenset()) == frozenset(towns)
    assert raid is None or raid.kind == SOUND


def test_a_sound_sentence_naming_a_ground_weapon_tells_no_raid():
    assert title_raid("Explosions rocked Zintan", "Explosions rocked Zintan as Grad rockets fell.") is None


def _joined(titles: list[str]) -> bool:
    clusters = battle_clusters([(str(i), "2011-07-28", t) for i, t in enumerate(titles)])
    join_town_battles(clusters)
    return sum(bool(c.members) for c in clusters) == 1


@pytest.mark.parametrize("pair", EXAMPLES["one"])
def test_a_raids_sound_joins_the_days_air_raid_on_its_town(pair):
    assert _joined(pair)


@pytest.mark.parametrize("pair", EXAMPLES["apart"])
def test_another_town_a_ground_fight_a_car_bomb_or_no_air_raid_stays_apart(pair):
    assert not _joined(pair)


def test_a_sound_beside_a_ground_fight_in_its_town_stays_apart():
    clusters = battle_clusters([("a", "2011-07-28", "NATO jets struck targets in Tripoli"),
                                ("b", "2011-07-28", "Rebels clashed with loyalists in Tripoli"),
                                ("c", "2011-07-28", "Explosions rocked Tripoli")])
    join_town_battles(clusters)
    assert all(c.members for c in clusters)


def test_the_bombing_title_is_left_to_title_battle_elsewhere():
    # title_battle (read by the overviews too) still tells no bombing: title_raid runs in join_town_battles only
    assert title_battle("Tripoli was being bombed by NATO warplanes") is None
