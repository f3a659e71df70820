import asyncio
import time

log = []


def blocking(ms):
    time.sleep(ms / 1000)
    log.append(f"thread {ms}")


async def ticker():
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.002)


async def main():
    await asyncio.gather(asyncio.to_thread(blocking, 3), ticker())


asyncio.run(main())
print(log)  # ordered
