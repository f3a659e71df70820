"""A `threading.Lock` held across an `await`, the classic asyncio bug: the writer takes the lock and
awaits; the reader, on the same loop, then blocks on the lock, which blocks the loop's whole thread, so the
writer never runs again to release it. Deadlock. The reader gives up after 0.5s here (so that the
program ends under CPython too); without the time-out it hangs forever. The fix is an `asyncio.Lock`
(`async with lock:`), whose waiter is suspended alone."""
import asyncio
import threading

lock = threading.Lock()
saved = 0
gave_up = 0


async def writer():
    global saved
    with lock:
        await asyncio.sleep(0.01)  # the lock stays held while the loop runs the reader
        saved += 1


async def reader():
    global saved, gave_up
    await asyncio.sleep(0.001)
    if lock.acquire(timeout=0.5):  # blocks the loop's thread: the writer cannot finish
        saved += 1
        lock.release()
    else:
        gave_up = 1


async def main():
    await asyncio.gather(writer(), reader())


if __name__ == "__main__":
    asyncio.run(main())
    print("saved:", saved, "gave_up:", gave_up)
