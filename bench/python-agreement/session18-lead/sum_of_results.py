# Sums over the list asyncio.gather gives back: its truth (None and "" are false) and each item's length.
# CPython 3.11.7 (5 runs): ok, hits=1 sizes=6. Refused before session 18 ("weft cannot iterate over a list
# of results at import time"; session 18's a01 and a05).
import asyncio

hits = 0
sizes = 0


async def fetch(x):
    await asyncio.sleep(0)
    if x == 1:
        return None
    if x == 2:
        return ""
    return "ab" * x


async def main():
    global hits, sizes
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    hits = sum(1 for r in results if r)
    texts = await asyncio.gather(fetch(2), fetch(3))
    sizes = sum(len(t) for t in texts)


asyncio.run(main())
