"""loop.run_in_executor: blocking checksum work in threads while coroutines keep a progress counter."""
import asyncio
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor

progress = {"ticks": 0}


def checksum(name, payload):
    time.sleep(0.002)  # reading the file from disk
    return name, hashlib.sha256(payload.encode()).hexdigest()[:8]


async def ticker(stop):
    while not stop.is_set():
        progress["ticks"] += 1
        await asyncio.sleep(0.001)


async def main():
    loop = asyncio.get_running_loop()
    files = {"a.txt": "alpha", "b.txt": "beta", "c.txt": "gamma"}
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, checksum, n, data) for n, data in files.items()]
        results = await asyncio.gather(*jobs)
    stop.set()
    await tick_task
    for name, digest in sorted(results):
        print(name, digest)
    print("ticked:", progress["ticks"] > 0)


asyncio.run(main())
