"""`a, b = asyncio.run(main())` while a thread started before reads the names as they are bound."""
import asyncio
import threading
import time

a = 0
b = 0
seen = []


def watcher():
    time.sleep(0.005)
    seen.append((a, b))


async def main():
    await asyncio.sleep(0.005)
    return 1, 2


reader = threading.Thread(target=watcher)
reader.start()
a, b = asyncio.run(main())
reader.join()
print(a, b, seen)
