"""asyncio.sleep's value is its `result`: in a gather, under wait_for, in a task, of a value known at run time."""
import asyncio

counter = 0


async def bump():
    global counter
    counter += 1
    return counter


async def main():
    seen = await bump()
    gathered = await asyncio.gather(asyncio.sleep(0.002, result=seen * 10), asyncio.sleep(0.001, result="b"))
    waited = await asyncio.wait_for(asyncio.sleep(0.001, result=seen + 1), timeout=1.0)
    task = asyncio.create_task(asyncio.sleep(0.001, result=seen + 2))
    tasked = await task
    plain = await asyncio.sleep(0, result=seen + 3)
    return gathered[0], gathered[1], waited, tasked, plain


a, b, c, d, e = asyncio.run(main())
print(a, b, c, d, e)
assert (a, b, c, d, e) == (10, "b", 2, 3, 4)
