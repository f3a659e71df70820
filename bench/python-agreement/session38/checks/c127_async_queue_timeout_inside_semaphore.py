# ordered
# wait_for(q.get(), t) timing out inside `async with sem:` in main: caught outside, then acquire again.
import asyncio

log = []


async def main():
    sem = asyncio.Semaphore(1)
    q = asyncio.Queue()
    try:
        async with sem:
            await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")
    async with sem:
        log.append("again")


asyncio.run(main())
print(log)
