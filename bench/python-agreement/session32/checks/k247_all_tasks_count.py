# len(asyncio.all_tasks()) while two background tasks run.
import asyncio

count = 0


async def idle():
    await asyncio.sleep(0.01)


async def main():
    global count
    ts = [asyncio.create_task(idle()) for _ in range(2)]
    await asyncio.sleep(0)
    count = len(asyncio.all_tasks())
    await asyncio.gather(*ts)


asyncio.run(main())
print(count)
