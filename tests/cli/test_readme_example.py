"""The README's first example is what a fresh build of articles/ prints, so the page never shows an old table."""

from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def readme_example() -> str:
    """The fenced block after "it prints:" in README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text[text.index("it prints:") :]
    opening = after.index("```\n") + len("```\n")
    return after[opening : after.index("```", opening)]


def test_the_readme_example_is_what_the_build_prints(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["build", "articles", "--no-write", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 0, result.output
    assert result.stdout == readme_example()
