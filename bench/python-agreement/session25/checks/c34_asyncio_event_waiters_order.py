# check: waiters of an asyncio.Event resume in the order they began to wait
import asyncio

woken = []


async def waiter(name, event):
    await event.wait()
    woken.append(name)


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w3", "w1", "w2")]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
order = ",".join(woken)
print(order)
