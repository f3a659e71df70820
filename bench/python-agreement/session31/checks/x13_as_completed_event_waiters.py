# as_completed over tasks that wait on one shared Event; a ticker counts passes
import asyncio

ticks = 0
order = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def waiter(name, ev):
    await ev.wait()
    return name


async def opener(ev):
    await asyncio.sleep(0)
    ev.set()


async def main():
    tick = asyncio.create_task(ticker())
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("a", "b")]
    asyncio.create_task(opener(ev))
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(order, report)
