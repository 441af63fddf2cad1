"""split reads each page's metadata lines once: the reader split_document passes stands for metadata_line."""

from functools import cache

from dipkit.split import split_document
from dipkit.split.boilerplate import read_layout
from dipkit.split.published import find_published, metadata_line

PAGE = """Ministers agree to reopen the river crossing
Published: March 4, 2025 | 09:15 GMT
Ana Silva
The foreign ministers of Peru and Chile agreed on Tuesday to reopen the river crossing that was closed in January.
"""
URL = "https://example.org/2025/02/27/ministers-river-crossing/"


def test_the_reader_given_is_the_one_asked():
    def nothing(line: str) -> tuple[bool, str | None]:
        return False, None

    assert find_published(PAGE, URL) == "2025-03-04"
    assert find_published(PAGE, URL, nothing) == "2025-02-27"  # no metadata line: the URL's date


def test_a_remembering_reader_reads_each_line_once_and_changes_nothing():
    asked: list[str] = []

    def counting(line: str) -> tuple[bool, str | None]:
        asked.append(line)
        return metadata_line(line)

    remembering = cache(counting)
    layout = read_layout(PAGE.splitlines(), URL, remembering)
    assert find_published(PAGE, URL, remembering) == "2025-03-04"
    assert len(asked) == len(set(asked))
    assert layout.reasons == read_layout(PAGE.splitlines(), URL).reasons == {1: "metadata", 2: "byline"}
    assert split_document(PAGE, URL)["published"] == "2025-03-04"
