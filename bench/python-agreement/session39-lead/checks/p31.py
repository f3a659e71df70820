import asyncio
async def fetch(i):
    await asyncio.sleep(0.001 * (3 - i))
    return i
async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, timeout=0.0015)
    first = sorted(t.result() for t in done)
    for t in pending:
        t.cancel()
    return first, len(pending)
print(asyncio.run(main()))
