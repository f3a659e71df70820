"""Random zero-delay asyncio program (seed 3636, number 35)."""
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
    sub = asyncio.create_task(helper("a1"))
    log.append("a1>")
    await sub


async def b(q, ev, lock):
    log.append("b0")
    await asyncio.sleep(0)
    item = await q.get()
    log.append("b1<" + item)


async def c(q, ev, lock):
    log.append("c0")
    await asyncio.sleep(0)
    sub = asyncio.create_task(helper("c1"))
    log.append("c1>")
    await sub
    log.append("c2")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("d0=" + str(counter))
    ev.set()
    log.append("d1*")


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
