import asyncio

log = []


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        log.append("full")
    log.append(q.get_nowait())
    log.append(str(q.qsize()))
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log.append("empty")
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("get timed out")


asyncio.run(main())
print(log)
