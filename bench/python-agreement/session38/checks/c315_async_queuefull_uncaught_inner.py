# ordered
# The realistic slip the other way: `except queue.Full` (a wrong import) around an asyncio.Queue's
# put_nowait: CPython's QueueFull is not caught and the coroutine (and asyncio.run) raises.
import asyncio
from queue import Full

log = []


async def producer(q):
    for item in ["a", "b", "c"]:
        try:
            q.put_nowait(item)
            log.append(f"put {item}")
        except Full:
            log.append(f"dropped {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await producer(q)


asyncio.run(main())
print(log)
