# the coroutine that adds a done callback goes on at once: the callback runs when the slow task ends
import asyncio

done_order = []


def on_done(task):
    done_order.append(task.result())


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    task = asyncio.create_task(job(1, 0.2))
    task.add_done_callback(on_done)
    done_order.append(0)
    await task


asyncio.run(main())
print(done_order)
