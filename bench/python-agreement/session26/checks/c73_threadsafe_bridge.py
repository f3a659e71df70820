import asyncio
import threading
import time

received: list[int] = []


def sensor(loop: asyncio.AbstractEventLoop, q: asyncio.Queue) -> None:
    for i in range(3):
        time.sleep(0.005)
        loop.call_soon_threadsafe(q.put_nowait, i)
    loop.call_soon_threadsafe(q.put_nowait, -1)


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    t = threading.Thread(target=sensor, args=(asyncio.get_running_loop(), q))
    t.start()
    while (item := await q.get()) != -1:
        received.append(item)
    t.join()


asyncio.run(main())
print(received)
