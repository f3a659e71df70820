"""Refused: the asyncio future of run_in_executor is done only after a loop callback."""
import asyncio
import time


def blocking():
    time.sleep(0.01)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking)
    early = fut.done()
    await fut
    return early


print(asyncio.run(main()))
