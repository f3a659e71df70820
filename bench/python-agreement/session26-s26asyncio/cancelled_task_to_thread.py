"""A task awaiting to_thread is cancelled; asyncio.run's end still waits for the thread."""
import asyncio
import time

done = 0


def slow_write(n):
    global done
    time.sleep(0.05)
    done = n
    return n


async def worker():
    return await asyncio.to_thread(slow_write, 5)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return done


seen = asyncio.run(main())
print(seen, done)
assert seen == 0 and done == 5
