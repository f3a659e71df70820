# asyncio.wait(FIRST_COMPLETED): the fastest racer wins, the rest are cancelled before they append.
import asyncio

finished = []
best = -1


async def racer(i, delay):
    await asyncio.sleep(delay)
    finished.append(i)
    return i * 10


async def main():
    global best
    tasks = [
        asyncio.create_task(racer(0, 0.03)),
        asyncio.create_task(racer(1, 0.01)),
        asyncio.create_task(racer(2, 0.05)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    for t in done:
        best = t.result()
    await asyncio.sleep(0.08)


asyncio.run(main())
print(finished, best)
