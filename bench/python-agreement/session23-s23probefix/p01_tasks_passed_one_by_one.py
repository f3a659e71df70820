# the variant r08's refusal suggests: each task passed as an argument of its own, waited in another task
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.01 * n)
    log.append(n)


async def outer(a, b):
    await asyncio.wait([a, b])
    log.append("waited")


async def main():
    t1 = asyncio.create_task(inner(1))
    t2 = asyncio.create_task(inner(2))
    t_out = asyncio.create_task(outer(t1, t2))
    await t_out
    log.append("end")


asyncio.run(main())
