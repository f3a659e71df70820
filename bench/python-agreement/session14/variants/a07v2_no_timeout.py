# Known bug: lost wake-up with asyncio.Condition (notify happens before the waiter waits; asyncio.timeout fires: missed == 1)
# Variant of a07_condition_lost_wakeup.py: no time-out: the lost wake-up leaves the listener waiting forever (CPython hangs: agree.py's --timeout counts it as deadlock)
import asyncio

missed = 0
got = 0
messages = []


async def listener(cond):
    global missed, got
    await asyncio.sleep(0.01)  # subscribes late
    async with cond:
        await cond.wait()  # BUG: should be cond.wait_for(lambda: messages)
        got = 1


async def publisher(cond):
    async with cond:
        messages.append("hello")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(listener(cond), publisher(cond))
    print(f"got={got} missed={missed} messages={messages}")


asyncio.run(main())
