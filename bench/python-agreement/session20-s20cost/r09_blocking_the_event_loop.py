# s20cost, 2026-11-30 (agree.py --runs 10, load 18): CPython outcome='timeout' 10 of 10; weft with step_cost
# 50ns lists 'timeout' (and 'ready' given 60 s), incomplete (was 'ready' only under 'complete').
"""asyncio: a task runs ~40 ms of plain Python (it blocks the event loop), then needs three more loop turns
before it sets an Event; main waits for that Event with `wait_for(..., timeout=0.005)`. CPython: the loop
sees the expired time-out before the Event is set, outcome='timeout' in every run. weft costs the loop's
steps as no time, so `weft explore` says complete with outcome='ready' only: the classic "CPU work blocks
the event loop" consequence is the one state it misses (same cause as r03)."""
import asyncio

SIZE = 600

outcome = ""


def crunch():
    total = 0
    for i in range(SIZE):
        for j in range(SIZE):
            total += (i * j) % 7
    return total


async def worker(ready):
    crunch()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ready.set()


async def main():
    global outcome
    ready = asyncio.Event()
    task = asyncio.create_task(worker(ready))
    try:
        await asyncio.wait_for(ready.wait(), timeout=0.005)
        outcome = "ready"
    except asyncio.TimeoutError:
        outcome = "timeout"
    await task


if __name__ == "__main__":
    asyncio.run(main())
