"""main returns while its task awaits to_thread: asyncio.run cancels the task, then waits for the thread."""
import asyncio
import time

done = 0


def slow_write(n):
    global done
    time.sleep(0.03)
    done = n


async def worker():
    await asyncio.to_thread(slow_write, 4)


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.005)


asyncio.run(main())
print(done)
assert done == 4
