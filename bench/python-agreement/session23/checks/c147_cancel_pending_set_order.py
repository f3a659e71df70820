# check: cancelling the pending set of asyncio.wait(FIRST_COMPLETED): the cancelled tasks' handlers run in the set's order
import asyncio

log = []


async def job(n, delay):
    try:
        await asyncio.sleep(delay)
        return n
    except asyncio.CancelledError:
        log.append(n)
        raise


async def main():
    tasks = [asyncio.create_task(job(n, 0.001 if n == 0 else 1)) for n in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


asyncio.run(main())
