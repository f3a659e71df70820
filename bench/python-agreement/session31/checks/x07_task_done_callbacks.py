# asyncio tasks with add_done_callback: callbacks record completion order; a ticker counts passes
import asyncio

ticks = 0
completed = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def job(name, passes):
    for _ in range(passes):
        await asyncio.sleep(0)
    return name


def on_done(task):
    completed.append((task.result(), ticks))


async def main():
    tick = asyncio.create_task(ticker())
    tasks = []
    for name, passes in [("slow", 3), ("fast", 1)]:
        t = asyncio.create_task(job(name, passes))
        t.add_done_callback(on_done)
        tasks.append(t)
    await asyncio.gather(*tasks)
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(completed, report)
