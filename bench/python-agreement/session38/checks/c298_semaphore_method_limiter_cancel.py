# ordered
# A rate limiter class holding an asyncio.Semaphore as an attribute (`async with self.sem:`), its caller
# cancelled by wait_for: the slot must come back.
import asyncio

log = []


class Limiter:
    def __init__(self):
        self.sem = asyncio.Semaphore(1)

    async def call(self, name, delay):
        async with self.sem:
            await asyncio.sleep(delay)
            return name


async def main():
    limiter = Limiter()
    try:
        log.append(await asyncio.wait_for(limiter.call("slow", 1), timeout=0.01))
    except asyncio.TimeoutError:
        log.append("slow timed out")
    log.append(await asyncio.wait_for(limiter.call("fast", 0.001), timeout=0.5))


asyncio.run(main())
print(log)
