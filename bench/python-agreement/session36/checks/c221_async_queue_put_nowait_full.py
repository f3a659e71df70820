"""asyncio.Queue(maxsize=1).put_nowait raises QueueFull; get_nowait on empty raises QueueEmpty."""
import asyncio

log = []


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        log.append("full")
    log.append(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log.append("empty")


asyncio.run(main())
print(log)
