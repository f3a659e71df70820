# ordered
# asyncio.Queue.put_nowait raises asyncio.QueueFull, which `except queue.Full` does not catch.
import asyncio
import queue

log = []


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        try:
            q.put_nowait("y")
        except queue.Full:
            log.append("queue.Full")
    except asyncio.QueueFull:
        log.append("asyncio.QueueFull")


asyncio.run(main())
print(log)
