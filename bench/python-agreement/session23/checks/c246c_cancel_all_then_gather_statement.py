# check: the cleanup idiom as a statement: cancel every task, then await gather(*tasks, return_exceptions=True)
import asyncio

log = []
outcome = -1


async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def main():
    global outcome
    tasks = [asyncio.create_task(worker(n)) for n in range(3)]
    await asyncio.sleep(0.005)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    outcome = len(log)


asyncio.run(main())
