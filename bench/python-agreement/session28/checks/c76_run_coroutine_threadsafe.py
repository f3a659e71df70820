import asyncio
import threading

answer = 0


async def compute(n: int) -> int:
    await asyncio.sleep(0.005)
    return n * 3


def worker(loop: asyncio.AbstractEventLoop) -> None:
    global answer
    future = asyncio.run_coroutine_threadsafe(compute(14), loop)
    answer = future.result(timeout=1)


async def main() -> None:
    loop = asyncio.get_running_loop()
    thread = threading.Thread(target=worker, args=(loop,))
    thread.start()
    await asyncio.to_thread(thread.join)


asyncio.run(main())
print(answer)
assert answer == 42
