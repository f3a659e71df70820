# Check: cancel() of a finished task returns False and its result stays; cancel() of a pending task returns True. Bug: none.
import asyncio

r_done = -1
r_pending = -1
value = 0


async def quick():
    return 5


async def slow():
    await asyncio.sleep(1)


async def main():
    global r_done, r_pending, value
    t1 = asyncio.create_task(quick())
    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    r_done = int(t1.cancel())
    r_pending = int(t2.cancel())
    value = t1.result()
    try:
        await t2
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(f"r_done={r_done} r_pending={r_pending} value={value}")
