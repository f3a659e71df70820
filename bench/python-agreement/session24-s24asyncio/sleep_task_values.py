# asyncio's own `sleep` as a task (session23/a03's `tg.create_task(asyncio.sleep(0.001, result=None))`):
# its value is `result` once the delay has passed; cancelled while it sleeps, it ends cancelled.
import asyncio as aio

log = []


async def work(n):
    await aio.sleep(0.01 * n)
    log.append(n)


async def main():
    timer = aio.create_task(aio.sleep(0.02, result=7))
    async with aio.TaskGroup() as tg:
        tg.create_task(work(1))
        tg.create_task(aio.sleep(0.015))
        tg.create_task(work(3))
    log.append(await timer)
    doomed = aio.create_task(aio.sleep(1, "never"))
    await aio.sleep(0.005)
    doomed.cancel()
    try:
        log.append(await doomed)
    except aio.CancelledError:
        log.append(-1)


aio.run(main())
