"""An asyncio.Condition broadcast: a race starter wakes every runner with notify_all."""
import asyncio

finish_order = []


async def runner(name, pace, start):
    async with start:
        await start.wait()
    await asyncio.sleep(pace / 1000)
    finish_order.append(name)


async def main():
    start = asyncio.Condition()
    runners = {"ada": 3, "bo": 1, "cy": 2}
    tasks = [asyncio.create_task(runner(n, p, start)) for n, p in runners.items()]
    await asyncio.sleep(0.001)  # everyone gets to the line
    async with start:
        start.notify_all()
    await asyncio.gather(*tasks)
    print("finished:", len(finish_order))
    print("podium:", finish_order)


asyncio.run(main())
