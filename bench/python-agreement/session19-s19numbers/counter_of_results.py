# `Counter(results)` of gather's results, `Counter(line.split())`, and a Counter's missing key read as 0
# where a `print` reads it (before session 19 `print(counts[5])` read the shared dict itself: a
# KeyError fault CPython never raises).
# CPython 3.11.7 (5 runs): 3 2 2 0 2 3, 5 of 5; weft explore: tally zeros=3 missing=0 a=2, one outcome, complete within
# the 20 ms window.
import asyncio
from collections import Counter

tally = {}


async def roll(i):
    await asyncio.sleep(0.001 * i)
    return i % 3


async def main():
    results = await asyncio.gather(*(roll(i) for i in range(7)))
    counts = Counter(results)
    words = Counter("a b a c".split())
    print(counts[0], counts[1], counts[2], counts[5], words["a"], len(counts))
    tally["zeros"] = counts[0]
    tally["missing"] = counts[5]
    tally["a"] = words["a"]


if __name__ == "__main__":
    asyncio.run(main())
