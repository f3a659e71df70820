# BUG: a worker waits on an Event and clears it after waking; the producer sets it three times, but sets that
# happen before the worker clears are merged into one, so the worker handles fewer jobs than were signalled.
import asyncio

signalled = 0
handled = 0


async def worker(ready, stop):
    global handled
    while not stop.is_set():
        await ready.wait()
        ready.clear()
        if stop.is_set():
            break
        handled += 1
        await asyncio.sleep(0)


async def producer(ready, stop):
    global signalled
    for _ in range(3):
        signalled += 1
        ready.set()
        await asyncio.sleep(0)
    await asyncio.sleep(0.001)
    stop.set()
    ready.set()


async def main():
    ready, stop = asyncio.Event(), asyncio.Event()
    await asyncio.gather(worker(ready, stop), producer(ready, stop))
    print("signalled", signalled, "handled", handled)
    assert handled >= signalled, "a signal was lost"


asyncio.run(main())
