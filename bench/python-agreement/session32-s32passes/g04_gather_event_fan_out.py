# A setter sets an asyncio.Event after two passes; three waiters created by a comprehension wait for it
# and record the pass they resume on; all gathered in main, the setter listed first.
import asyncio

ticks = 0
at_end = -1
woke = []


async def ticker():
    global ticks
    for _ in range(30):
        ticks += 1
        await asyncio.sleep(0)


async def setter(event):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event.set()


async def waiter(event, i):
    await event.wait()
    woke.append(i)


async def main():
    global at_end
    event = asyncio.Event()
    asyncio.create_task(ticker())
    await asyncio.gather(setter(event), *[waiter(event, i) for i in range(3)])
    at_end = ticks


asyncio.run(main())
print(at_end, woke)
