# no bug: a cancelled background task runs its finally block and re-raises CancelledError
import asyncio

heartbeats = 0
closed = False
was_cancelled = False


async def heartbeat():
    global heartbeats, closed
    try:
        while True:
            heartbeats += 1
            await asyncio.sleep(0.01)
    finally:
        closed = True


async def main():
    global was_cancelled
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        was_cancelled = True


asyncio.run(main())
print(f"heartbeats={heartbeats} closed={closed} cancelled={was_cancelled}")
assert closed and was_cancelled
