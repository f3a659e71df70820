# bug: none
import asyncio
import hashlib
import time


def checksum(name, data):
    time.sleep(0.002)
    return name, hashlib.sha256(data.encode()).hexdigest()[:8]


async def main():
    files = {"a.txt": "alpha", "b.txt": "bravo", "c.txt": ""}
    jobs = [asyncio.to_thread(checksum, n, d) for n, d in files.items()]
    ticks = 0

    async def ticker():
        nonlocal ticks
        for _ in range(3):
            await asyncio.sleep(0.001)
            ticks += 1

    results, _ = await asyncio.gather(asyncio.gather(*jobs), ticker())
    for name, digest in results:
        print(name, digest)
    print(f"ticks={ticks}")


asyncio.run(main())
