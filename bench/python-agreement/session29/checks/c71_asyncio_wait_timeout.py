import asyncio

done_count = 0
pending_count = 0


async def nap(d):
    await asyncio.sleep(d)
    return d


async def main():
    global done_count, pending_count
    tasks = [asyncio.create_task(nap(d)) for d in (0.001, 0.05, 0.002)]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    done_count = len(done)
    pending_count = len(pending)
    for t in pending:
        t.cancel()


asyncio.run(main())
print(done_count, pending_count)
