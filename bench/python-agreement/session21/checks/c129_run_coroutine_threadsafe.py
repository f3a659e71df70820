# a thread hands a coroutine to the running loop and waits for its result
import asyncio
import threading

answers = []


async def double(n):
    await asyncio.sleep(0.01)
    return n * 2


def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(double(21), loop)
    answers.append(fut.result(timeout=1))


async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=from_thread, args=(loop,))
    t.start()
    await asyncio.sleep(0.05)
    t.join()


asyncio.run(main())
print(answers)
