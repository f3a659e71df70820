# asyncio.Queue: a woken getter resumes a pass later; a newcomer's get in between takes the item first
import asyncio

got = {}


async def waiter(q):
    got["waiter"] = await q.get()


async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(waiter(q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    got["main"] = await q.get()
    q.put_nowait(2)
    await w


asyncio.run(main())
main_got = got["main"]
waiter_got = got["waiter"]
print(main_got, waiter_got)
