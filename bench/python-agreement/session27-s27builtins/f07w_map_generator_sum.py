# session26/f07 past its refusals of other topics: the generator over a text constant feeds
# `executor.map` (no `timeout=`), and the results are summed instead of numbered with `itertools.count`.
from concurrent.futures import ThreadPoolExecutor


def parse_lines(text: str):
    for line in text.strip().splitlines():
        if line and not line.startswith("#"):
            yield line


def word_count(line: str) -> int:
    return len(line.split())


TEXT = """
# header
the quick brown fox
jumps over

the lazy dog
# footer
"""

with ThreadPoolExecutor(max_workers=3) as executor:
    counts = list(executor.map(word_count, parse_lines(TEXT)))

first = counts[0]
last = counts[-1]
total_words = sum(counts)
print(f"first={first} last={last} total={total_words}")
assert total_words == 9
