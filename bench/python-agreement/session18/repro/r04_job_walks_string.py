# Silent error (weft-start 81fd411): an executor job loops over the characters of its string argument.
# weft explore: complete, every schedule a fault (TypeError from `size(text)` in the loop's first step, re-raised
# by result); CPython: ok, vowels=[2, 1]. (In a Thread's target the same loop is refused: "weft cannot iterate
# over a string at import time"; the job form is accepted and wrong. Same with multiprocessing.Pool.map.)
from concurrent.futures import ThreadPoolExecutor


def vowel_count(text):
    count = 0
    for ch in text:
        if ch in "aeiou":
            count += 1
    return count


with ThreadPoolExecutor(max_workers=2) as ex:
    vowels = list(ex.map(vowel_count, ["to be", "or"]))
