# a getter waits on an empty asyncio.Queue; main puts and takes back at once (get_nowait) before the getter runs
import asyncio

got_main = -1
got_getter = -1


async def getter(q):
    global got_getter
    got_getter = await q.get()


async def main():
    global got_main
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(0)  # the getter now waits
    q.put_nowait(1)
    got_main = q.get_nowait()
    q.put_nowait(2)
    await t


asyncio.run(main())
print(got_main, got_getter)
