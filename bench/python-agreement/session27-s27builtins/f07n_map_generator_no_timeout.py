from concurrent.futures import ThreadPoolExecutor
from itertools import count


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

line_numbers = count(1)
with ThreadPoolExecutor(max_workers=3) as executor:
    counts = list(executor.map(word_count, parse_lines(TEXT)))

numbered = {next(line_numbers): c for c in counts}
total_words = sum(counts)
print(f"counts={counts} numbered={numbered} total={total_words}")
assert counts == [4, 2, 3]
