# A block's value (`x = await fetch()` then `return x`), and a cancel from outside while the block
# waits: CPython raises CancelledError there (not TimeoutError: the timer had not fired).
import asyncio

results = []
cancelled = 0
timed_out = 0


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def bounded(n):
    async with asyncio.timeout(1):
        value = await fetch(n)
    return value


async def victim():
    global cancelled, timed_out
    try:
        async with asyncio.timeout(1):
            await fetch(50)
    except TimeoutError:
        timed_out += 1
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    results.append(await bounded(1))
    v = asyncio.create_task(victim())
    results.append(await bounded(2))
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        results.append(-1)


asyncio.run(main())
print(results, cancelled, timed_out)
