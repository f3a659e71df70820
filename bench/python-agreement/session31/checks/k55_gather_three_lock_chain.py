# three coroutines pass an asyncio.Lock down a chain; the gather's end against a heartbeat
import asyncio

beats = 0
order = []
at_end = -1


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def user(lock, name):
    async with lock:
        order.append(name)
        await asyncio.sleep(0)


async def main():
    global at_end
    hb = asyncio.create_task(heartbeat())
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "a"), user(lock, "b"), user(lock, "c"))
    at_end = beats
    hb.cancel()


asyncio.run(main())
print(order, at_end)
