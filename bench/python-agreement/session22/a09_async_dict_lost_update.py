# BUG: race (lost update): each handler reads a counter, awaits, then writes it back, overwriting the other handler's increment
import asyncio
from collections import Counter

counts = Counter()


async def handle(event):
    seen = counts[event]
    await asyncio.sleep(0)  # e.g. write to an audit log
    counts[event] = seen + 1


async def main():
    events = ["click", "view", "click", "click"]
    await asyncio.gather(*(handle(e) for e in events))
    print(dict(counts))
    assert counts["click"] == 3, counts


asyncio.run(main())
