# A TaskGroup of downloads where one fails: the failing download raises, the TaskGroup cancels the
# downloads still running, and the caller handles the ExceptionGroup with except*.
import asyncio

FILES = {"small.zip": 0.001, "broken.iso": 0.003, "large.tar": 0.05, "medium.gz": 0.002}
completed = []
cancelled = []
failures = []


class DownloadError(Exception):
    pass


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        if name.startswith("broken"):
            raise DownloadError(name)
        completed.append(name)
        return len(name)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            for name, seconds in FILES.items():
                group.create_task(download(name, seconds))
    except* DownloadError as errors:
        for error in errors.exceptions:
            failures.append(str(error))


asyncio.run(main())
print(f"completed={sorted(completed)} cancelled={sorted(cancelled)} failures={failures}")
