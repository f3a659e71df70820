# ordered
# asyncio.as_completed yields results in completion order.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for next_done in asyncio.as_completed(coros):
        log.append(await next_done)


asyncio.run(main())
print(log)
