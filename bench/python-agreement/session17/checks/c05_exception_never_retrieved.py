# no bug: a task that raises and is never awaited only logs "Task exception was never retrieved"; the program ends normally
import asyncio

steps = 0


async def broken():
    raise ValueError("nobody listens")


async def main():
    global steps
    asyncio.create_task(broken())
    await asyncio.sleep(0.001)
    steps += 1


asyncio.run(main())
print("steps", steps)
