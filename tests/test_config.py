"""config.yaml: settings with types that work, and a site folder that can never swallow the project."""
from __future__ import annotations

import pytest

from generator.config import ConfigError, load_project


def project_with(tmp_path, text: str):
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    return load_project(tmp_path)


def test_settings_and_defaults(tmp_path):
    project = project_with(tmp_path, "title: Aleppo\nbase_url: https://example.org/t\n")
    assert (project.settings["title"], project.settings["base_url"], project.site) == (
        "Aleppo", "https://example.org/t/", tmp_path.resolve() / "site")


@pytest.mark.parametrize("text,message", [
    ("title: [1, 2]\n", "config.yaml:1: error: 'title' must be text, not list — write it as title: \"...\""),
    ("title: T\nbase_url: 5\n", "config.yaml:2: error: base_url '5' is not an absolute http(s) URL — write it like "
                                "https://example.org/timeline/, or leave it empty"),
    ("title: [\nbase_url: https://example.org/\n", "config.yaml:1: error: malformed YAML: the '[' on this line is "
                                                    "never closed — close it with ']', or put the value in quotes if "
                                                    "the '[' is part of the text"),
    ("title: T\ndescription: x: y\n", "config.yaml:2: error: malformed YAML: mapping values are not allowed here — "
                                      "fix that line"),
    ("title: T\nauthor: !!int\n", "config.yaml:2: error: '' is not a valid !!int — remove the tag '!!int' (a plain "
                                  "value needs none) or correct the value"),
    ("title: !!python/object:os.system {}\n", "config.yaml:1: error: the tag '!!python/object:os.system' is not "
                                              "supported — remove it: content is plain text, lists and 'key: value' "
                                              "lines"),
    ("title: &t T\ndescription: *t\n", "config.yaml:1: error: YAML anchors ('&t') are not allowed — write the value "
                                       "out in full; put the value in quotes if '&' is part of the text"),
])
def test_a_setting_that_cannot_work_is_one_line_naming_it(tmp_path, text, message):
    with pytest.raises(ConfigError) as exc:
        project_with(tmp_path, text)
    assert str(exc.value) == message


@pytest.mark.parametrize("site", [".", "content", "seeds", "..", "content/site"])
def test_the_site_folder_may_not_overlap_the_project_inputs(tmp_path, site):
    with pytest.raises(ConfigError) as exc:
        project_with(tmp_path, f"site: {site}\n")
    assert str(exc.value).startswith("config.yaml:1: error: site folder ")
    assert str(exc.value).endswith("every build replaces the site folder whole — set 'site:' to a folder of "
                                   "its own, like site")


def test_an_unknown_setting_is_a_warning_with_its_line(tmp_path):
    assert project_with(tmp_path, "title: T\ntitel: U\n").warnings[0].startswith(
        "config.yaml:2: warning: unknown setting 'titel'")
