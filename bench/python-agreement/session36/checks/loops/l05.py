"""Random zero-delay asyncio program (seed 3636, number 5)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    ev.set()
    log.append("a0*")
    await ev.wait()
    log.append("a1~")
    log.append("a2")
    await asyncio.sleep(0)
    log.append("a3")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    item = await q.get()
    log.append("b0<" + item)
    ev.set()
    log.append("b1*")
    await helper("b2")


async def c(q, ev, lock):
    item = await q.get()
    log.append("c0<" + item)
    await ev.wait()
    log.append("c1~")
    await ev.wait()
    log.append("c2~")


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
