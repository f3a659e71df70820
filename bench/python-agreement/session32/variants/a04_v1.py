# Mixing threads and coroutines: a blocking checksum runs in a thread via asyncio.to_thread while a
# coroutine polls progress; a second blocking call goes through loop.run_in_executor.
import asyncio
import threading
import time

progress = {"done": 0}
progress_lock = threading.Lock()


def blocking_checksum(blocks):
    total = 0
    for b in blocks:
        time.sleep(0.002)
        total = (total * 31 + b) % 1000003
        with progress_lock:
            progress["done"] += 1
    return total


def blocking_size(blocks):
    time.sleep(0.001)
    return len(blocks) * 4096


async def watcher(stop, seen):
    while not stop.is_set():
        with progress_lock:
            seen.add(progress["done"])
        await asyncio.sleep(0.003)


async def main():
    blocks = [5, 8, 13, 21]
    stop = asyncio.Event()
    seen = set()
    watch = asyncio.create_task(watcher(stop, seen))
    loop = asyncio.get_running_loop()
    checksum, size = await asyncio.gather(
        asyncio.to_thread(blocking_checksum, blocks),
        asyncio.to_thread(blocking_size, blocks),
    )
    stop.set()
    await watch
    print("checksum", checksum, "size", size)
    print("final progress", progress["done"], "started at zero", 0 in seen)


asyncio.run(main())
