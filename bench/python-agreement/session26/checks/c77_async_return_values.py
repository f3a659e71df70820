import asyncio

out: dict[str, int] = {}


async def main() -> None:
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    cond = asyncio.Condition()
    await q.put(1)
    out["q_full"] = int(q.full())
    out["q_size"] = q.qsize()
    out["q_empty"] = int(q.empty())
    out["ev_set"] = int(ev.is_set())
    await lock.acquire()
    lock.release()
    async with cond:
        flag = await cond.wait_for(lambda: True)
        out["wait_for"] = int(flag)
    out["wait_for_value"] = await asyncio.wait_for(asyncio.sleep(0.001, result=9), timeout=1)


asyncio.run(main())
count = len(out)
print(out)
