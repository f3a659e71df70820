"""Two waiters use wait_for(cond.wait(), 4 ms) under `async with cond`; a notifier wakes one at 2 ms."""
import asyncio

log = []
final_ok = 0


async def waiter(name, cond):
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), timeout=0.004)
            log.append(f"{name} woken")
        except asyncio.TimeoutError:
            log.append(f"{name} timeout")


async def notifier(cond):
    await asyncio.sleep(0.002)
    async with cond:
        cond.notify(1)


async def main():
    global final_ok
    cond = asyncio.Condition()
    await asyncio.gather(waiter("a", cond), waiter("b", cond), notifier(cond))
    async with cond:
        final_ok = 1


asyncio.run(main())
print(sorted(log), final_ok)
