# BUG: asyncio.to_thread(async_function): the thread returns a coroutine object without running it
import asyncio

log = []


async def refresh():
    log.append("refreshed")


async def main():
    coro = await asyncio.to_thread(refresh)
    log.append("back")


asyncio.run(main())
print(log)
