import asyncio


async def slow_report():
    await asyncio.sleep(0.1)
    return "report"


async def main():
    try:
        result = await asyncio.wait_for(slow_report(), timeout=0.02)
    except asyncio.TimeoutError:
        result = "timed out"
    await asyncio.sleep(0.01)
    print(result)


asyncio.run(main())
