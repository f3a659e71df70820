import asyncio
import threading
import time

log = []


def worker():
    try:
        time.sleep(-0.5)
        log.append("slept")
    except ValueError:
        log.append("sleep value error")


async def main():
    await asyncio.sleep(-1)
    log.append("async slept")


t = threading.Thread(target=worker)
t.start()
t.join()
asyncio.run(main())
print(log)
