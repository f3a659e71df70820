import asyncio

cleanup_ran = 0
task_cancelled = 0


async def fetch() -> None:
    global cleanup_ran
    try:
        await asyncio.sleep(0.1)
    finally:
        cleanup_ran = 1


async def main() -> None:
    global task_cancelled
    task = asyncio.create_task(fetch())
    try:
        await asyncio.wait_for(task, timeout=0.01)
    except asyncio.TimeoutError:
        task_cancelled = int(task.cancelled())


asyncio.run(main())
print(cleanup_ran, task_cancelled)
assert cleanup_ran == 1 and task_cancelled == 1
