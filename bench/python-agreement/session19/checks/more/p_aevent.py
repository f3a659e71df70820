import asyncio
order = []
async def waiter(n, ev):
    await ev.wait()
    order.append(n)
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
asyncio.run(main())
