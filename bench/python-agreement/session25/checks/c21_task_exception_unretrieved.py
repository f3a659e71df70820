# check: a task that fails and is never awaited does not stop the program (asyncio only logs it)
import asyncio

steps = []


async def crash():
    await asyncio.sleep(0.001)
    raise RuntimeError("nobody listens")


async def main():
    asyncio.create_task(crash())
    await asyncio.sleep(0.02)
    steps.append("main done")


asyncio.run(main())
count = len(steps)
print(steps)
