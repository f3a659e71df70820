# asyncio done callbacks added in a for loop over three tasks run as each task finishes: [2, 3, 1]
import asyncio

done_order = []


def on_done(task):
    done_order.append(task.result())


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [
        asyncio.create_task(job(1, 0.3)),
        asyncio.create_task(job(2, 0.01)),
        asyncio.create_task(job(3, 0.1)),
    ]
    for t in tasks:
        t.add_done_callback(on_done)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(done_order)
