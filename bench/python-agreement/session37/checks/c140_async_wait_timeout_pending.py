import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(f"done {name}")
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.001), ("b", 0.05))]
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    log.append(f"done={len(done)} pending={len(pending)}")
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    log.append(sum(1 for t in tasks if t.cancelled()))


asyncio.run(main())
print(log)  # ordered
