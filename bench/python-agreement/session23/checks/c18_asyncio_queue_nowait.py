# check: asyncio.Queue.get_nowait raises QueueEmpty; put_nowait on a full queue raises QueueFull
import asyncio

codes = []


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        codes.append(1)
    q.put_nowait(5)
    try:
        q.put_nowait(6)
    except asyncio.QueueFull:
        codes.append(2)
    codes.append(q.get_nowait())
    codes.append(q.qsize())


asyncio.run(main())
