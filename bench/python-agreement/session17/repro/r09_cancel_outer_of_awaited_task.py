# silent error: cancelling a task that awaits a task it created cancels the awaited task too (asyncio cancels
# the task's _fut_waiter): CPython events=['download cancelled', 'job cancelled'] 10/10. weft (complete) lists
# ['job cancelled'] and ['job cancelled', 'downloaded']: the cancel reaches the outer wait only, and the inner task
# even finishes its 1 s sleep, though asyncio.run would cancel it at its end.
import asyncio

events = []


async def download():
    try:
        await asyncio.sleep(1)
        events.append("downloaded")
    except asyncio.CancelledError:
        events.append("download cancelled")
        raise


async def job():
    download_task = asyncio.create_task(download())
    await download_task


async def main():
    job_task = asyncio.create_task(job())
    await asyncio.sleep(0.005)
    job_task.cancel()
    try:
        await job_task
    except asyncio.CancelledError:
        events.append("job cancelled")


asyncio.run(main())
print(events)
