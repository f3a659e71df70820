import asyncio
import threading
import time

received: list[int] = []


def sensor(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    for i in range(3):
        time.sleep(0.005)
        loop.call_soon_threadsafe(queue.put_nowait, i * 10)


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    thread = threading.Thread(target=sensor, args=(loop, queue))
    thread.start()
    for _ in range(3):
        received.append(await queue.get())
    thread.join()


asyncio.run(main())
print(received)
assert received == [0, 10, 20]
