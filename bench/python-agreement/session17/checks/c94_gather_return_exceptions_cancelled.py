# no bug: with return_exceptions=True a cancelled child's CancelledError is returned, and it is no Exception (a BaseException)
import asyncio

exceptions_seen = 0
results_count = 0


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    global exceptions_seen, results_count
    slow = asyncio.create_task(child(1))
    fast = asyncio.create_task(child(0.001))
    gathering = asyncio.gather(fast, slow, return_exceptions=True)
    await asyncio.sleep(0.005)
    slow.cancel()
    results = await gathering
    for r in results:
        results_count += 1
        if isinstance(r, Exception):
            exceptions_seen += 1


asyncio.run(main())
print(exceptions_seen, results_count)
