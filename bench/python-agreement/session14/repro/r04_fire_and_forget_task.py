# MISS. Expected by CPython: n == 1 (a task created and never awaited still runs its first step: its step
# is queued before main's completion, and asyncio.run cancels the pending tasks only after that).
# weft imports a `cancel` of the task right after its `submit` and lists n == 0 only, "complete".
import asyncio

n = 0


async def bump():
    global n
    n += 1


async def main():
    asyncio.create_task(bump())


asyncio.run(main())
