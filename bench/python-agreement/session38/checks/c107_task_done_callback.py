# ordered
# add_done_callback on asyncio tasks: callbacks run in the loop after the task finishes, in order.
import asyncio

log = []


def note(task):
    log.append(f"done {task.result()}")


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(job("a", 0.02))
    b = asyncio.create_task(job("b", 0.01))
    a.add_done_callback(note)
    b.add_done_callback(note)
    await asyncio.gather(a, b)
    await asyncio.sleep(0)
    log.append("end")


asyncio.run(main())
print(log)
