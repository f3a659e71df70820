import asyncio


async def stock_watcher(cond, state, name):
    async with cond:
        await cond.wait_for(lambda: state["price"] >= 10)
        return f"{name} sees {state['price']}"


async def ticker(cond, state):
    for price in (5, 8, 12):
        await asyncio.sleep(0.002)
        async with cond:
            state["price"] = price
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    state = {"price": 0}
    watchers = [asyncio.create_task(stock_watcher(cond, state, n)) for n in ("ann", "bo")]
    tick = asyncio.create_task(ticker(cond, state))
    seen = []
    for coro in asyncio.as_completed(watchers):
        seen.append(await coro)
    await tick
    print(sorted(seen))


asyncio.run(main())
