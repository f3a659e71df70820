# gather(return_exceptions=True) over workers where one is cancelled by a watchdog and one raises:
# the list holds results, the exception and the CancelledError in order.
import asyncio

kinds = []
values = []


async def work(n):
    await asyncio.sleep(0.001 * n)
    if n == 3:
        raise KeyError(n)
    return n * n


async def watchdog(task):
    await asyncio.sleep(0.0025)
    task.cancel()


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 5, 3)]
    dog = asyncio.create_task(watchdog(tasks[1]))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    await dog
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append("cancelled")
        elif isinstance(r, Exception):
            kinds.append(type(r).__name__)
        else:
            kinds.append("ok")
            values.append(r)
    print(kinds, values)


asyncio.run(main())
