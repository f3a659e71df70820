# Each asyncio.run that used the default executor ends by starting an unnamed thread to shut it down,
# which takes a number of threading's count: the threads made after two such runs are Thread-3, -4.
import asyncio
import threading

names = []


def work():
    names.append(1)


async def main():
    await asyncio.to_thread(work)


asyncio.run(main())
asyncio.run(main())
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
