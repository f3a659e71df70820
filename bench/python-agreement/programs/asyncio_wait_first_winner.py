# asyncio.wait(FIRST_COMPLETED), then the winner's value by `done.pop().result()` (a done task: no wait).
import asyncio

winner = -1


async def racer(i):
    await asyncio.sleep(0.01 * (i + 1))
    return i


async def main():
    global winner
    tasks = [asyncio.create_task(racer(i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    winner = done.pop().result()


asyncio.run(main())
print(winner)
