# no bug: cancelling a task that awaits a task it created cancels that task too (the awaited task is its waiter)
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
