import asyncio
import threading
import time

log = []
lock = threading.Lock()


def blocking_io(name, d):
    time.sleep(d)
    with lock:
        log.append(f"io {name}")
    return len(name)


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.01)
        log.append(f"tick {i}")


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking_io, "disk", 0.025), ticker())
    log.append(f"result {results[0]}")


asyncio.run(main())
print(log)
