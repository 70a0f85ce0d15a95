"""Search keys: a one-word name belongs to its own page, so the exact name ranks first."""
from __future__ import annotations

from generator.render.search_keys import claimed_words, search_keys

NAMES = {
    "actors/taliban.md": ("Taliban", "Afghan Taliban", "Taleban"),
    "actors/ttp.md": ("Tehrik-e-Taliban Pakistan", "Pakistani Taliban", "TTP"),
    "actors/pakistan.md": ("Pakistan",),
}


def test_other_pages_one_word_names_leave_the_keys():
    claimed = claimed_words(NAMES)
    assert claimed == {"taliban": {"actors/taliban.md"}, "taleban": {"actors/taliban.md"},
                       "ttp": {"actors/ttp.md"}, "pakistan": {"actors/pakistan.md"}}
    assert search_keys("actors/ttp.md", NAMES["actors/ttp.md"], claimed) == ("Tehrik e", "Pakistani", "TTP")
    assert search_keys("actors/taliban.md", NAMES["actors/taliban.md"], claimed) == ("Taliban", "Afghan", "Taleban")
    forces = ("Pakistan Armed Forces", "Pakistani army", "Pakistani forces", "Pakistani military")
    assert search_keys("actors/forces.md", forces, claimed) == ("Armed Forces", "Pakistani army", "military")
    assert search_keys("actors/pakistan.md", ("Pakistan", "pakistan"), claimed) == ("Pakistan",)


def test_a_name_two_pages_share_stays_on_both():
    claimed = claimed_words({"actors/pakistan.md": ("Pakistan",), "events/places/pakistan.md": ("Pakistan",)})
    assert search_keys("events/places/pakistan.md", ("Pakistan",), claimed) == ("Pakistan",)
    assert search_keys("actors/pakistan.md", ("Pakistan",), claimed) == ("Pakistan",)
