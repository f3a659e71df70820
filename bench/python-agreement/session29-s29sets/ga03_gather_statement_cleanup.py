# BUG: the winner's own `finally` runs when it returns, before main has set `winner`, so it counts itself
# among the cleaned-up probes. (`await asyncio.gather(*pending, return_exceptions=True)` as a statement
# after cancelling the rest returns only once every cancelled task has run its clean-up.)
import asyncio

cleaned = []
winner = ""


async def probe(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    finally:
        if name != winner:
            cleaned.append(name)


async def main():
    global winner
    tasks = [asyncio.create_task(probe(n, d)) for n, d in [("x", 0.04), ("y", 0.01), ("z", 0.04)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    assert len(cleaned) == 2


asyncio.run(main())
print(winner, sorted(cleaned))
