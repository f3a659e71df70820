import asyncio


async def slow_query():
    try:
        await asyncio.sleep(1)
        return "rows"
    except asyncio.CancelledError:
        print("query cancelled")
        raise


async def fast_query():
    await asyncio.sleep(0.01)
    return "cached rows"


async def main():
    try:
        result = await asyncio.wait_for(slow_query(), timeout=0.02)
    except asyncio.TimeoutError:
        result = "timeout"
    print("slow:", result)
    print("fast:", await asyncio.wait_for(fast_query(), timeout=0.5))


asyncio.run(main())
