# a retry loop with exponential back-off in sleep(0) passes around a flaky call; a ticker counts
import asyncio

ticks = 0
attempts = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def flaky(n):
    await asyncio.sleep(0)
    if n < 2:
        raise ConnectionError(n)
    return "ok"


async def with_retries():
    for n in range(4):
        try:
            return await flaky(n)
        except ConnectionError:
            attempts.append(n)
            for _ in range(2 ** n):
                await asyncio.sleep(0)
    return "gave up"


async def main():
    tick = asyncio.create_task(ticker())
    report["result"] = await with_retries()
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(attempts, report)
