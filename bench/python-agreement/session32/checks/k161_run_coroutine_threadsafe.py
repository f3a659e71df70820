# A thread submits a coroutine to the loop with run_coroutine_threadsafe and waits for its result.
import asyncio
import threading

log = []


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    log.append(fut.result(timeout=1))


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(from_thread, loop)


asyncio.run(main())
print(log)
