# a task inside `async with asyncio.timeout(5)` is cancelled from outside: CancelledError, not TimeoutError
import asyncio

seen = ""


async def worker():
    global seen
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
        seen = "done"
    except TimeoutError:
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
