import asyncio
fired = 0
async def waiter(ev):
    global fired
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.05)
        fired = 1
    except asyncio.TimeoutError:
        fired = -1
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    ev.set()
    await t
asyncio.run(main())
print(fired)
