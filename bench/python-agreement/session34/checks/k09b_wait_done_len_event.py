# asyncio.wait FIRST_COMPLETED over tasks woken by one Event in one pass: len(done) and len(pending).
import asyncio

sizes = []


async def waiter(ev, extra):
    await ev.wait()
    for _ in range(extra):
        await asyncio.sleep(0)
    return extra


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in (0, 0, 1, 2)]
    await asyncio.sleep(0)
    ev.set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    sizes.append(len(done))
    sizes.append(len(pending))
    for t in tasks:
        await t
    print(sizes)


asyncio.run(main())
