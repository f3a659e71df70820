# a done callback added to a task that is done already runs at the loop's next pass (call_soon), not at once
import asyncio

done_order = []


def on_done(task):
    done_order.append(task.result())


async def job(n):
    return n


async def main():
    task = asyncio.create_task(job(1))
    await task
    task.add_done_callback(on_done)
    done_order.append(99)
    await asyncio.sleep(0)
    done_order.append(100)


asyncio.run(main())
print(done_order)
