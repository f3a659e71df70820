# check: task.exception() and task.result() after the task failed; cancelled task's cancelled()
import asyncio

notes = []


async def fail():
    await asyncio.sleep(0.001)
    raise LookupError("gone")


async def forever():
    await asyncio.sleep(10)


async def main():
    t1 = asyncio.create_task(fail())
    t2 = asyncio.create_task(forever())
    await asyncio.sleep(0.005)
    t2.cancel()
    await asyncio.sleep(0)
    notes.append(type(t1.exception()).__name__)
    notes.append(int(t2.cancelled()))
    try:
        t2.result()
    except asyncio.CancelledError:
        notes.append("result raised CancelledError")


asyncio.run(main())
print(notes)
