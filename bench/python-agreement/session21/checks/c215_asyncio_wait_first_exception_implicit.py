# asyncio.wait(FIRST_EXCEPTION) returns when a task fails with an implicit IndexError
import asyncio

done_count = -1
items = []


async def slow():
    await asyncio.sleep(0.06)


async def failing():
    await asyncio.sleep(0.01)
    return items[0]


async def main():
    global done_count
    tasks = [asyncio.create_task(slow()), asyncio.create_task(failing())]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    done_count = len(done)
    for t in pending:
        t.cancel()


asyncio.run(main())
print(done_count)
