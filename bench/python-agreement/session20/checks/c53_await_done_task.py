"""Awaiting a coroutine directly runs it in the caller's task without a loop turn; a task starts only when
the caller yields."""
import asyncio

trace = []


async def child(tag):
    trace.append(tag)


async def main():
    task = asyncio.create_task(child("task"))
    await child("direct")
    trace.append("after-direct")
    await asyncio.sleep(0)
    trace.append("after-sleep")
    await task


if __name__ == "__main__":
    asyncio.run(main())
