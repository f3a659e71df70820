"""Random zero-delay asyncio program (seed 3636, number 4)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    global counter
    item = await q.get()
    log.append("a0<" + item)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("a1=" + str(counter))
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("a2=" + str(counter))
    await helper("a3")


async def b(q, ev, lock):
    global counter
    item = await q.get()
    log.append("b0<" + item)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b1=" + str(counter))
    log.append("b2")
    await asyncio.sleep(0)


async def c(q, ev, lock):
    await helper("c0")
    await ev.wait()
    log.append("c1~")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await q.put("main")
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
