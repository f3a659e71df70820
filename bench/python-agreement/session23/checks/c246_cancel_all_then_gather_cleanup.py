# check: the cleanup idiom: cancel every task, then gather(*tasks, return_exceptions=True) to wait for them
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
    results = await asyncio.gather(*tasks, return_exceptions=True)
    outcome = len(results)


asyncio.run(main())
