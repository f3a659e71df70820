# Three coroutines take one asyncio.Lock in turn (the second and third wait for it and end right after
# their turn); gathered in main; a ticker counts loop passes until the gather returns.
import asyncio

ticks = 0
at_end = -1
order = []


async def ticker():
    global ticks
    for _ in range(30):
        ticks += 1
        await asyncio.sleep(0)


async def user(lock, name, hold):
    async with lock:
        order.append(name)
        for _ in range(hold):
            await asyncio.sleep(0)


async def main():
    global at_end
    lock = asyncio.Lock()
    asyncio.create_task(ticker())
    await asyncio.gather(user(lock, "a", 2), user(lock, "b", 1), user(lock, "c", 0))
    at_end = ticks


asyncio.run(main())
print(at_end, order)
