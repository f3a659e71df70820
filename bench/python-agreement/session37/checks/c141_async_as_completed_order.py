import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("slow", 0.006), job("fast", 0.001), job("mid", 0.003)]
    for next_done in asyncio.as_completed(coros):
        log.append(await next_done)


asyncio.run(main())
print(log)  # ordered
