# Ask three mirrors for a file, take the first answer (asyncio.wait FIRST_COMPLETED), cancel the rest.
import asyncio

winner = []
cancelled_mirrors = 0


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    global cancelled_mirrors
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in (("eu", 0.03), ("us", 0.01), ("ap", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        winner.append(task.result())
    for task in pending:
        task.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    cancelled_mirrors = sum(isinstance(r, asyncio.CancelledError) for r in results)
    print("winner", winner, "cancelled", cancelled_mirrors)


asyncio.run(main())
