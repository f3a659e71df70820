import asyncio

events = []


async def stream_reader():
    events.append("open")
    try:
        while True:
            await asyncio.sleep(0.01)
            events.append("chunk")
    except asyncio.CancelledError:
        events.append("cancelled")
        raise
    finally:
        events.append("closed")


async def main():
    task = asyncio.create_task(stream_reader())
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("reader was cancelled")
    print("chunks:", events.count("chunk"))
    print("first and last:", events[0], events[-2], events[-1])
    print("task.cancelled() =", task.cancelled())


asyncio.run(main())
