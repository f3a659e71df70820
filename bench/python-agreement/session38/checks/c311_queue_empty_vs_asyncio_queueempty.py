# ordered
# asyncio.Queue.get_nowait raises asyncio.QueueEmpty, which `except queue.Empty` does not catch.
import asyncio
import queue

log = []


async def main():
    q = asyncio.Queue()
    try:
        try:
            q.get_nowait()
        except queue.Empty:
            log.append("queue.Empty")
    except asyncio.QueueEmpty:
        log.append("asyncio.QueueEmpty")


asyncio.run(main())
print(log)
