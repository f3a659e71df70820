# The inner coroutine catches its CancelledError and returns a value: wait_for returns that value
# (3.11's `_cancel_and_wait`, then `fut.result()`), at the deadline, before `other`'s 200 ms.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "partial"
    return "full"


async def waiter():
    try:
        value = await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        value = "timeout"
    log.append(value)


async def other():
    await asyncio.sleep(0.2)
    log.append("other")


async def main():
    await asyncio.gather(waiter(), other())


asyncio.run(main())
print(log)
