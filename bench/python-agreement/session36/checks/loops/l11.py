"""Random zero-delay asyncio program (seed 3636, number 11)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    log.append("a0")
    await asyncio.sleep(0)
    item = await q.get()
    log.append("a1<" + item)


async def b(q, ev, lock):
    global counter
    ev.set()
    log.append("b0*")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b1=" + str(counter))
    sub = asyncio.create_task(helper("b2"))
    log.append("b2>")
    await sub


async def c(q, ev, lock):
    ev.set()
    log.append("c0*")
    await helper("c1")
    item = await q.get()
    log.append("c2<" + item)


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await q.put("main")
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
