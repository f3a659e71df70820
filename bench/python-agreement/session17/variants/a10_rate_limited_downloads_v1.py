# no bug: a Semaphore caps concurrent downloads at two, blocking I/O goes to asyncio.to_thread, and a stuck download is cancelled
import asyncio
import time

active = 0
peak = 0
saved = []
status = {"stuck": "running"}


def write_to_disk(name: str) -> int:
    time.sleep(0.001)
    return len(name)


async def download(name: str, limiter: asyncio.Semaphore) -> None:
    global active, peak
    async with limiter:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.002)
        saved.append(await asyncio.to_thread(write_to_disk, name))
        active -= 1


async def stuck_download() -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        status["stuck"] = "cancelled"
        raise


async def main():
    limiter = asyncio.Semaphore(2)
    hung = asyncio.create_task(stuck_download())
    await asyncio.gather(*(download(n, limiter) for n in ["a", "bb", "ccc", "dddd"]))
    hung.cancel()
    try:
        await hung
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(f"peak={peak} saved={sorted(saved)} status={status}")
assert peak <= 2
assert sorted(saved) == [1, 2, 3, 4]
