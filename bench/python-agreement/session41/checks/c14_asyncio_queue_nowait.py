# check: asyncio.Queue get_nowait/put_nowait raise QueueEmpty/QueueFull
import asyncio

log = []


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log.append("empty")
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        log.append("full")
    log.append(q.get_nowait())
    log.append(q.qsize())


asyncio.run(main())
print(log)
