import asyncio

woke = -1


async def setter(event):
    await asyncio.sleep(0.005)
    event.set()


async def main():
    global woke
    event = asyncio.Event()
    asyncio.create_task(setter(event))
    try:
        await asyncio.wait_for(event.wait(), timeout=0.005)
        woke = 1
    except asyncio.TimeoutError:
        woke = 0


asyncio.run(main())
print(woke)
