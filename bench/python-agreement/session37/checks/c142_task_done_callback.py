import asyncio

log = []


def on_done(task):
    log.append(f"cb {task.result()}")


async def job(n):
    await asyncio.sleep(0.001 * n)
    return n


async def main():
    tasks = []
    for n in (2, 1):
        t = asyncio.create_task(job(n))
        t.add_done_callback(on_done)
        tasks.append(t)
    await asyncio.gather(*tasks)
    log.append("gathered")


asyncio.run(main())
print(log)  # ordered
