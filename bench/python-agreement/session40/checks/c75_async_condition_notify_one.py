# Check: asyncio.Condition.notify(1) wakes one waiter; the second is woken later by notify_all. Bug: none.
import asyncio

woken = []


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        woken.append(name)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("x", "y")]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.01)
    woken.append("mid")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(f"woken={woken}")
