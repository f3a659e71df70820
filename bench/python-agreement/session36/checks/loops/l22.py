"""Random zero-delay asyncio program (seed 3636, number 22)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    item = await q.get()
    log.append("a0<" + item)
    item = await q.get()
    log.append("a1<" + item)
    log.append("a2")
    await asyncio.sleep(0)
    item = await q.get()
    log.append("a3<" + item)


async def b(q, ev, lock):
    item = await q.get()
    log.append("b0<" + item)
    await helper("b1")
    sub = asyncio.create_task(helper("b2"))
    log.append("b2>")
    await sub


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await q.put("main")
    await q.put("main")
    await q.put("main")
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
