"""`wait(futures)` waits for every job; its `done` is a set, and a loop over a set takes an order of its own.

CPython 3.11 iterates the set in an order that changes from run to run (it follows the futures' ids), so
`order` is any permutation of 0, 1 and 4: `weft explore` lists all six, with total=5 in each. The same
for `asyncio.wait` on the loop: atotal=6 always.
"""
import asyncio
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait

order = []
total = 0
atotal = 0


def square(n):
    return n * n


async def double(n):
    await asyncio.sleep(0.001)
    return n * 2


async def amain():
    global atotal
    tasks = [asyncio.create_task(double(n)) for n in range(3)]
    done, pending = await asyncio.wait(tasks)
    assert len(pending) == 0
    for task in done:
        atotal += await task


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(square, n) for n in range(3)]
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    assert len(done) == 3 and len(not_done) == 0
    for future in done:
        value = future.result()
        total += value
        order.append(value)
asyncio.run(amain())
assert total == 5 and atotal == 6
print(f"total={total} atotal={atotal} order={order[0]},{order[1]},{order[2]}")
