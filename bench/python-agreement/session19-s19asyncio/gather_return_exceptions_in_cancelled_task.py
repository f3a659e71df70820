# REFUSED (session 19): gather(..., return_exceptions=True) in a coroutine that may be cancelled. CPython
# 3.11.7: ['a', 'b', 'parent'] (the cancel reaches both children, then the awaiter raises CancelledError);
# weft before: ['a', 2] only, "complete" (the cancel reached the first child alone, its CancelledError kept
# as a result); now refused at the gather's line.
import asyncio

stopped = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        stopped.append(name)
        raise
    return name


async def parent():
    results = await asyncio.gather(child("a", 1), child("b", 2), return_exceptions=True)
    stopped.append(len(results))


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        stopped.append("parent")
    await asyncio.sleep(0.01)


asyncio.run(main())
print(sorted(stopped, key=str))
