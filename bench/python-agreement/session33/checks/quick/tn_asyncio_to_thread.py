import asyncio
import threading
done = []
def work():
    done.append(1)
async def main():
    await asyncio.to_thread(work)
asyncio.run(main())
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels = [t.name for t in threads]
print(labels)
