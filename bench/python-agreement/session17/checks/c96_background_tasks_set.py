# no bug: the asyncio docs' pattern keeps background tasks in a set and discards each when it is done
import asyncio

background_tasks = set()
processed = []


async def process(i):
    await asyncio.sleep(0.001 * i)
    processed.append(i)


async def main():
    for i in range(3):
        task = asyncio.create_task(process(i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    await asyncio.sleep(0.020)


asyncio.run(main())
left = len(background_tasks)
print(processed, left)
