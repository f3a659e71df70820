# a getter cancelled while waiting does not swallow the next item: the other getter takes it
import asyncio

got = {}


async def getter(q, name):
    try:
        got[name] = await q.get()
    except asyncio.CancelledError:
        got[name] = -1


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait(7)
    await asyncio.gather(g1, g2)


asyncio.run(main())
g1_got = got["g1"]
g2_got = got["g2"]
print(g1_got, g2_got)
