# check: Task.cancel() returns True for a pending task, False once it is done; cancel twice; the CancelledError message
import asyncio

res = []


async def sleeper():
    await asyncio.sleep(1)


async def quick():
    return 1


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    a = t.cancel()
    b = t.cancel()
    res.append(1 if a else 0)
    res.append(1 if b else 0)
    try:
        await t
    except asyncio.CancelledError:
        res.append(2)
    q = asyncio.create_task(quick())
    await q
    c = q.cancel()
    res.append(1 if c else 0)


asyncio.run(main())
