"""Random zero-delay asyncio program (seed 3636, number 19)."""
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
    sub = asyncio.create_task(helper("a2"))
    log.append("a2>")
    await sub


async def b(q, ev, lock):
    global counter
    await helper("b0")
    await ev.wait()
    log.append("b1~")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b2=" + str(counter))
    ev.set()
    log.append("b3*")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await q.put("main")
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
