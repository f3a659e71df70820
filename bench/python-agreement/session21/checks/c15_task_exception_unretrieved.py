# a task that raises and is never awaited does not stop the program
import asyncio

done_count = 0


async def failing():
    raise ValueError("lost")


async def main():
    global done_count
    task = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    done_count = 1
    task = None


asyncio.run(main())
print(done_count)
