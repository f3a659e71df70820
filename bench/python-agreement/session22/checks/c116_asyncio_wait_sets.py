import asyncio

log = []


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.01), ("b", 0.05), ("c", 0.1))]
    done, pending = await asyncio.wait(tasks, timeout=0.03)
    log.append(f"done {len(done)} pending {len(pending)}")
    done2, pending2 = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log.append(f"first {len(done2)} {len(pending2)}")
    for t in tasks:
        t.cancel()


asyncio.run(main())
print(log)
