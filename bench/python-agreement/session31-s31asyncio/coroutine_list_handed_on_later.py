# a list of coroutine objects built, then a task started, a sleep and a name bound, then the list handed
# to `gather(*coros)` and a second list to `as_completed(coros)`: a coroutine object runs nothing until
# it is wrapped in a task, so the lists' jobs start at the hand-over
import asyncio

started = []
finished = []


async def job(name, delay):
    started.append(name)
    await asyncio.sleep(delay)
    finished.append(name)
    return name


async def ticker():
    for n in range(3):
        started.append(f"tick{n}")
        await asyncio.sleep(0.001)


async def main():
    first = [job(name, delay) for name, delay in (("a", 0.003), ("b", 0.001))]
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.002)
    label = "gathered"
    results = await asyncio.gather(*first)
    second = [job("c", 0.002), job("d", 0.001)]
    await ticking
    order = []
    for next_done in asyncio.as_completed(second):
        order.append(await next_done)
    print(label, results, order, started, finished)


asyncio.run(main())
