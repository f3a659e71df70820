# check: default task names count up from the main task's Task-1; thread names count Thread-1...
import asyncio
import threading

names = []


async def job():
    names.append(asyncio.current_task().get_name())


async def main():
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name="custom")
    await a
    await b


def work():
    names.append(threading.current_thread().name)


asyncio.run(main())
t = threading.Thread(target=work)
t.start()
t.join()
