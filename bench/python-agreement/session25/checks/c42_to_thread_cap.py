# check: asyncio.to_thread runs on the default executor, min(32, cpu_count + 4) threads: with 2 cores,
# 6 at once, so 7 blocking calls that all wait for each other at a Barrier cannot all meet
import asyncio
import os
import threading

barrier = threading.Barrier(7)
outcomes = []


def blocking_call():
    try:
        barrier.wait(timeout=0.2)
        return "met"
    except threading.BrokenBarrierError:
        return "broken"


async def main():
    results = await asyncio.gather(*(asyncio.to_thread(blocking_call) for _ in range(7)))
    outcomes.extend(results)


asyncio.run(main())
met = 0
for outcome in outcomes:
    if outcome == "met":
        met += 1
print(os.cpu_count(), met, len(outcomes))
