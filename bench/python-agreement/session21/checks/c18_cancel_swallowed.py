# a task that catches CancelledError and returns is not cancelled; its value is the return
import asyncio

result = 0
cancelled_flag = 0


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 7
    return 1


async def main():
    global result, cancelled_flag
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    task.cancel()
    result = await task
    cancelled_flag = 2
    try:
        again = await task
        cancelled_flag = again
    except asyncio.CancelledError:
        cancelled_flag = 1


asyncio.run(main())
print(result, cancelled_flag)
