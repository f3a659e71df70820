import asyncio

log = []


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log.append("empty")
    q.put_nowait(5)
    log.append(q.get_nowait())


asyncio.run(main())
print(log)  # ordered
