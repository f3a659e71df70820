# ordered
# asyncio.timeout() inside `async with sem:`: the timeout cancels the sleep inside the with, which then
# releases on the way out; a second acquire succeeds.
import asyncio

log = []


async def main():
    sem = asyncio.Semaphore(1)
    try:
        async with sem:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        log.append("timeout")
    async with sem:
        log.append("again")


asyncio.run(main())
print(log)
