# A coroutine polls task.done() with sleep(0) until the task ends; counts the polls.
import asyncio

polls = 0


async def work():
    for _ in range(3):
        await asyncio.sleep(0)


async def main():
    global polls
    t = asyncio.create_task(work())
    while not t.done():
        polls += 1
        await asyncio.sleep(0)


asyncio.run(main())
print(polls)
