import asyncio

stop = False
polls = 0


async def poller():
    global polls
    while not stop:
        polls += 1
        await asyncio.sleep(0.001)


async def main():
    global stop
    t = asyncio.create_task(poller())
    await asyncio.sleep(0.01)
    stop = True
    await t


asyncio.run(main())
print(polls)
