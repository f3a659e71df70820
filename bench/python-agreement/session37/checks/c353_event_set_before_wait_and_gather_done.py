import asyncio

log = []


async def quick(n):
    return n


async def main():
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    log.append("passed")
    t1 = asyncio.create_task(quick(1))
    t2 = asyncio.create_task(quick(2))
    await asyncio.sleep(0)
    log.append(t1.done())
    log.extend(await asyncio.gather(t1, t2))


asyncio.run(main())
print(log)  # ordered
