# a task waiting in wait_for(sleep(10), 5) is cancelled from outside: it sees CancelledError, not TimeoutError
import asyncio

seen = ""


async def worker():
    global seen
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=5)
        seen = "done"
    except asyncio.TimeoutError:
        seen = "timeout"
    except asyncio.CancelledError:
        seen = "cancelled"
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(seen)
