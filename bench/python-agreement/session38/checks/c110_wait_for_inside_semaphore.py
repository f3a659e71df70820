# A request under `async with sem:` bounded by wait_for: the timeout cancels the inner coroutine, which
# releases the semaphore on its way out; the next request gets it.
import asyncio

log = []


async def request(name, sem, delay):
    async with sem:
        await asyncio.sleep(delay)
        log.append(name)


async def main():
    sem = asyncio.Semaphore(1)
    try:
        await asyncio.wait_for(request("slow", sem, 1), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("slow timed out")
    await asyncio.wait_for(request("fast", sem, 0.001), timeout=0.5)


asyncio.run(main())
print(log)
