import asyncio

log = []


async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    log.append("main")
    await asyncio.sleep(0)
    log.append("main2")
    await asyncio.gather(a, b)


asyncio.run(main())
print(log)  # ordered
