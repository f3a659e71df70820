# Jobs reverse strings with slicing and format numbers with padding.
from concurrent.futures import ThreadPoolExecutor

WORDS = ["stop", "live", "abc"]


def flip(word):
    return f"{word[::-1]}:{len(word):03d}"


with ThreadPoolExecutor(max_workers=2) as ex:
    flipped = list(ex.map(flip, WORDS))
