# Known bug: lost wake-up with asyncio.Condition (notify happens before the waiter waits; asyncio.timeout fires: missed == 1)
import asyncio

missed = 0
got = 0
messages = []


async def listener(cond):
    global missed, got
    await asyncio.sleep(0.01)  # subscribes late
    async with cond:
        try:
            async with asyncio.timeout(0.05):
                await cond.wait()  # BUG: should be cond.wait_for(lambda: messages)
            got = 1
        except TimeoutError:
            missed = 1


async def publisher(cond):
    async with cond:
        messages.append("hello")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(listener(cond), publisher(cond))
    print(f"got={got} missed={missed} messages={messages}")


asyncio.run(main())
