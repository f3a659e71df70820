import asyncio

ticks: list[int] = []
fired = 0
callback_results: list[int] = []


async def ticker(n: int):
    for i in range(n):
        await asyncio.sleep(0.005)
        yield i * 10


def remember(t) -> None:
    callback_results.append(t.result())


def on_timer() -> None:
    global fired
    fired += 1


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, on_timer)
    async for value in ticker(3):
        ticks.append(value)
    task = asyncio.create_task(asyncio.sleep(0.001, result=7))
    task.add_done_callback(remember)
    await task
    await asyncio.sleep(0.01)


asyncio.run(main())
print(ticks, fired, callback_results)
assert ticks == [0, 10, 20] and fired == 1 and callback_results == [7]
