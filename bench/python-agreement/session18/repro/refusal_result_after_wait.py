# Refusal that contradicts its own advice (weft-start 81fd411): `t.result()` after `done, pending = await
# asyncio.wait([t])` is refused with "`await` the task, or take the result after ... `asyncio.wait(...)`". CPython: finished=11.
import asyncio

finished = 0


async def fails():
    await asyncio.sleep(0)
    raise ValueError("x")


async def main():
    global finished
    t = asyncio.create_task(fails())
    done, pending = await asyncio.wait([t])
    finished = len(done)
    try:
        t.result()
    except ValueError:
        finished += 10


asyncio.run(main())
