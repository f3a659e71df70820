# a future set before anyone awaits it: `await` goes on at once, with no pass of the loop; then a second
# future, made with asyncio.Future(), set by a task while the main coroutine waits
import asyncio

ticks = 0
seen = []


async def ticker():
    global ticks
    for _ in range(6):
        ticks += 1
        await asyncio.sleep(0)


async def setter(target):
    target.set_result("late")


async def main():
    tick = asyncio.create_task(ticker())
    early = asyncio.get_running_loop().create_future()
    early.set_result("early")
    await asyncio.sleep(0)
    seen.append(ticks)
    seen.append(await early)
    seen.append(ticks)
    late = asyncio.Future()
    asyncio.create_task(setter(late))
    seen.append(await late)
    seen.append(ticks)
    await tick


asyncio.run(main())
print(seen, ticks)
