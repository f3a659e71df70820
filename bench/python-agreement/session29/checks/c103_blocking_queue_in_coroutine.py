# BUG: a coroutine calls queue.Queue.get (blocking): the loop stops, so the producer coroutine never runs
import asyncio
import queue

q = queue.Queue()
got = 0
empty = 0


async def producer():
    await asyncio.sleep(0)
    q.put(5)


async def consumer():
    global got, empty
    try:
        got = q.get(timeout=0.05)
    except queue.Empty:
        empty = 1


async def main():
    await asyncio.gather(consumer(), producer())


asyncio.run(main())
print(got, empty)
