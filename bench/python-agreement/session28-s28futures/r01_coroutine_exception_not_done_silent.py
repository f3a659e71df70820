import asyncio


async def job():
    await asyncio.sleep(0.01)
    raise ValueError("x")


async def main():
    t = asyncio.create_task(job())
    if t.exception():
        print("failed")


asyncio.run(main())
