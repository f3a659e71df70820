# check: awaiting a finished task again returns the same result; gather of a done task
import asyncio

got = []


async def compute():
    await asyncio.sleep(0.001)
    return 42


async def main():
    t = asyncio.create_task(compute())
    got.append(await t)
    got.append(await t)
    res = await asyncio.gather(t, compute())
    got.append(sum(res))


asyncio.run(main())
print(got)
