import asyncio
woken = 0
async def waiter(ev):
    global woken
    await ev.wait()
    woken += 1
async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev)) for _ in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)
asyncio.run(main())
print(woken)
