# await gather(t1, t2) after t1 was cancelled: the awaiter gets CancelledError (return_exceptions=False)
import asyncio

outcome = ""
t2_done = False


async def slow(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    global outcome, t2_done
    t1 = asyncio.create_task(slow(5))
    t2 = asyncio.create_task(slow(1))
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await asyncio.gather(t1, t2)
        outcome = "done"
    except asyncio.CancelledError:
        outcome = "cancelled"
    await asyncio.sleep(0)
    t2_done = t2.done()


asyncio.run(main())
print(outcome, t2_done)
