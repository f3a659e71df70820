# ordered
# asyncio.Lock hands over in FIFO order: a waiting task gets it before the releaser can take it again.
import asyncio

log = []


async def greedy(lock):
    for _ in range(3):
        async with lock:
            log.append("A")
            await asyncio.sleep(0.002)


async def polite(lock):
    await asyncio.sleep(0.001)
    async with lock:
        log.append("B")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock), polite(lock))


asyncio.run(main())
print(log)
