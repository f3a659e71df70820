# a done callback that raises: the loop logs the exception and goes on; the other callbacks still run
import asyncio

done_order = []


def on_done(task):
    value = task.result()
    if value == 2:
        raise ValueError("two")
    done_order.append(value)


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(1, 0.2)), asyncio.create_task(job(2, 0.01)), asyncio.create_task(job(3, 0.1))]
    for t in tasks:
        t.add_done_callback(on_done)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(done_order)
