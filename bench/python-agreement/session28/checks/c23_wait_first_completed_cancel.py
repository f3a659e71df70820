import asyncio

winner = 0
cancelled_count = 0


async def probe(n: int, delay: float) -> int:
    await asyncio.sleep(delay)
    return n


async def main() -> None:
    global winner, cancelled_count
    tasks = [asyncio.create_task(probe(n, d)) for n, d in [(1, 0.03), (2, 0.01), (3, 0.05)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cancelled_count = sum(1 for t in tasks if t.cancelled())


asyncio.run(main())
print(winner, cancelled_count)
assert winner == 2 and cancelled_count == 2
