# three coroutines pass an asyncio.Lock down a chain, only the first holding it over an await (r03 natural form)
import asyncio

beats = 0
order = []
at_end = -1


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def user(lock, name, hold):
    async with lock:
        order.append(name)
        if hold:
            await asyncio.sleep(0)


async def main():
    global at_end
    hb = asyncio.create_task(heartbeat())
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "a", True), user(lock, "b", False), user(lock, "c", False))
    at_end = beats
    hb.cancel()


asyncio.run(main())
print(order, at_end)
