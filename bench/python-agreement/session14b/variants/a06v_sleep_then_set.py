# Expected: loop.call_later sets an asyncio.Event after 10 ms and all three waiters wake (woken == 3, no bug).
import asyncio

woken = 0


async def waiter(event, i):
    global woken
    await event.wait()
    woken += 1


async def open_later(event):
    await asyncio.sleep(0.01)
    event.set()


async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, i)) for i in range(3)]
    opener = asyncio.create_task(open_later(event))
    await asyncio.gather(*waiters)
    print("woken:", woken)


asyncio.run(main())
