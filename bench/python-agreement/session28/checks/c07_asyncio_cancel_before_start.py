import asyncio

started = 0
cancelled_flag = 0
cancel_done_result = -1


async def job() -> None:
    global started
    started += 1
    await asyncio.sleep(0.01)


async def main() -> None:
    global cancelled_flag, cancel_done_result
    task = asyncio.create_task(job())
    task.cancel()  # before it ever ran
    try:
        await task
    except asyncio.CancelledError:
        cancelled_flag = int(task.cancelled())
    done = asyncio.create_task(job())
    await done
    cancel_done_result = int(done.cancel())


asyncio.run(main())
print(started, cancelled_flag, cancel_done_result)
assert started == 1 and cancelled_flag == 1 and cancel_done_result == 0
