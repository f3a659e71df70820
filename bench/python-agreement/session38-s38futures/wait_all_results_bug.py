# The bug: the results of `asyncio.wait(tasks)`'s `done` are summed into a counter that the workers
# also bump with a read, a sleep and a write; the workers' updates are lost (the assert fails).
import asyncio

counter = {"n": 0}


async def work(n):
    seen = counter["n"]
    await asyncio.sleep(0.001)
    counter["n"] = seen + 1
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(3)]
    done, _ = await asyncio.wait(tasks)
    total = 0
    for t in done:
        total += t.result()
    assert counter["n"] == 3, f"lost updates: {counter['n']}"
    return total


print(asyncio.run(main()))
