import asyncio

log = []


async def waiter(ev, name):
    await ev.wait()
    log.append(name)


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.01)
    log.append("checked")
    for t in tasks:
        t.cancel()


asyncio.run(main())
print(log)
