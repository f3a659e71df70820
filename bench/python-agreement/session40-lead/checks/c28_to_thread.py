# Blocking reads run in threads with asyncio.to_thread while a ticker runs. No bug.
import asyncio
import time

log = []


def blocking_read(name):
    time.sleep(0.02)
    return f"{name}-data"


async def ticker():
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0.01)


async def main():
    data, _ = await asyncio.gather(asyncio.to_thread(blocking_read, "disk"), ticker())
    log.append(data)


asyncio.run(main())
print(log)
