import asyncio

got = 0


async def main():
    global got
    q = asyncio.Queue()
    try:
        got = await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        got = -1


asyncio.run(main())
