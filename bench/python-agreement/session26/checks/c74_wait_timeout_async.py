import asyncio

done_count = 0
pending_count = 0


async def main() -> None:
    global done_count, pending_count
    tasks = [asyncio.create_task(asyncio.sleep(d)) for d in (0.001, 0.002, 0.1)]
    done, pending = await asyncio.wait(tasks, timeout=0.03)
    done_count = len(done)
    pending_count = len(pending)
    for p in pending:
        p.cancel()


asyncio.run(main())
print(done_count, pending_count)
