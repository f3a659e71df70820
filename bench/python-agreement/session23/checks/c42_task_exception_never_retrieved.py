# check: a task that raises and is never awaited only logs; the program ends ok
import asyncio

marks = []


async def failing():
    marks.append(1)
    raise ValueError("ignored")


async def main():
    asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    marks.append(2)


asyncio.run(main())
