# asyncio.wait(FIRST_COMPLETED) over three waiters of one Event and a slow task: the first waiter's end
# decides; the other two, woken by the same set(), end in that pass too and are in CPython's done set.
import asyncio

woke = []
done_count = -1
pending_count = -1


async def waiter(event, i):
    await event.wait()
    woke.append(i)
    return i


async def slow():
    for _ in range(10):
        await asyncio.sleep(0)
    return "slow"


async def main():
    global done_count, pending_count
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(3)]
    tasks.append(asyncio.create_task(slow()))
    await asyncio.sleep(0)
    event.set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    done_count = len(done)
    pending_count = len(pending)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(done_count, pending_count, woke)
