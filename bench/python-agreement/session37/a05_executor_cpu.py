# loop.run_in_executor runs CPU work (checksums) in threads while a heartbeat coroutine keeps ticking.
import asyncio
from concurrent.futures import ThreadPoolExecutor

beats = []


def checksum(blob):
    total = 0
    for i, byte in enumerate(blob):
        total = (total * 31 + byte + i) % 65521
    return total


async def heartbeat(stop):
    while not stop.is_set():
        beats.append(1)
        await asyncio.sleep(0.001)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    ticker = asyncio.create_task(heartbeat(stop))
    blobs = [bytes(range(n, n + 40)) for n in (0, 50, 100)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        sums = await asyncio.gather(*(loop.run_in_executor(pool, checksum, b) for b in blobs))
    stop.set()
    await ticker
    return sums


sums = asyncio.run(main())
combined = sum(sums) % 65521
print(f"sums={sums} combined={combined} beat={len(beats) >= 1}")
