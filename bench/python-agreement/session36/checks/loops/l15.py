"""Random zero-delay asyncio program (seed 3636, number 15)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    sub = asyncio.create_task(helper("a0"))
    log.append("a0>")
    await sub
    ev.set()
    log.append("a1*")
    ev.set()
    log.append("a2*")


async def b(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b0=" + str(counter))
    item = await q.get()
    log.append("b1<" + item)


async def c(q, ev, lock):
    await helper("c0")
    log.append("c1")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    global counter
    log.append("d0")
    await asyncio.sleep(0)
    await helper("d1")
    log.append("d2")
    await asyncio.sleep(0)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("d3=" + str(counter))


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock)), asyncio.create_task(d(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
