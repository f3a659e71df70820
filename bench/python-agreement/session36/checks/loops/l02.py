"""Random zero-delay asyncio program (seed 3636, number 2)."""
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
    await q.put("a1")
    log.append("a1!")
    ev.set()
    log.append("a2*")


async def b(q, ev, lock):
    await ev.wait()
    log.append("b0~")
    ev.set()
    log.append("b1*")
    await helper("b2")


async def c(q, ev, lock):
    ev.set()
    log.append("c0*")
    await q.put("c1")
    log.append("c1!")
    log.append("c2")
    await asyncio.sleep(0)
    log.append("c3")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    global counter
    await helper("d0")
    log.append("d1")
    await asyncio.sleep(0)
    item = await q.get()
    log.append("d2<" + item)
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
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
